"""The parts of an OpenAPI document the mock serves from: routes, parameters, bodies, responses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable
from urllib.parse import unquote, urlsplit

from ..errors import Problem, SpecError, pointer_join
from ..load import Document, Located
from ..openapi import (
    HTTP_METHODS,
    PARAMETER_LOCATIONS,
    default_explode,
    default_style,
    media_base,
    prefer_json,
    RUNTIME_HEADERS,
)
from .schemas import Schemas

_PLACEHOLDER = re.compile(r"(\{[^{}]+\})")


@dataclass(frozen=True)
class Param:
    name: str
    location: str
    required: bool
    schema: Located | None
    style: str
    explode: bool
    media: str | None
    """Set when the parameter is described by `content` (e.g. JSON in a query string)."""
    examples: tuple[Any, ...] = ()
    """Documented values: the parameter's own `example` or `examples`, then its schema's."""


@dataclass(frozen=True)
class Body:
    required: bool
    media: tuple[tuple[str, Located], ...]


@dataclass(frozen=True)
class Segment:
    literal: str | None
    pattern: re.Pattern[str] | None
    names: tuple[str, ...]

    @property
    def rank(self) -> int:
        """How little the segment matches: 0 for a literal, 2 for a bare `{name}`."""
        if self.pattern is None:
            return 0
        return 2 if self.pattern.pattern == "(.+?)" else 1


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    segments: tuple[Segment, ...]
    params: tuple[Param, ...]
    body: Body | None
    responses: Located
    security: tuple[Any, ...]
    tags: tuple[str, ...]

    @property
    def key(self) -> str:
        return f"{self.method} {self.template}"

    @property
    def path_names(self) -> tuple[str, ...]:
        return tuple(name for segment in self.segments for name in segment.names)

    def match(self, parts: list[str]) -> dict[str, str] | None:
        if len(parts) != len(self.segments):
            return None
        values: dict[str, str] = {}
        for part, segment in zip(parts, self.segments):
            if segment.pattern is None:
                if part != segment.literal:
                    return None
                continue
            found = segment.pattern.fullmatch(part)
            if found is None:
                return None
            values.update(zip(segment.names, found.groups()))
        return values


class Api:
    """The document seen as a set of routes, plus lookups into its responses."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.schemas = Schemas(doc)
        self.prefix = _server_prefix(doc.root)
        self.schemes = self._schemes()
        # The most specific template wins, segment by segment from the left: a literal
        # (`/attempts/summary`) before a template with literal text (`/files/{name}.json`),
        # before a bare one (`/attempts/{sid}`). Keys told apart only by a `#fragment` share a
        # path: the one requiring more query and header parameters is tried first, and answers
        # when the request carries them all (see `asks_for`).
        self.routes = sorted(
            self._routes(), key=lambda r: (tuple(s.rank for s in r.segments), -len(_required_named(r)))
        )
        self._by_key = {route.key: route for route in self.routes}

    # building ---------------------------------------------------------------------------

    def _schemes(self) -> dict[str, dict[str, Any]]:
        components = self.doc.root.get("components")
        raw = components.get("securitySchemes") if isinstance(components, dict) else None
        if not isinstance(raw, dict):
            return {}
        base = Located(raw, self.doc.name, "/components/securitySchemes")
        found = {}
        for name in raw:
            scheme = self.schemas.deref(Schemas.child(base, name)).value
            if isinstance(scheme, dict):
                found[name] = scheme
        return found

    def _routes(self) -> list[Route]:
        paths = self.doc.root.get("paths") or {}
        if not isinstance(paths, dict):
            raise SpecError(Problem("`paths` must be a mapping", self.doc.name, "/paths"))
        root_security = self.doc.root.get("security") or []
        routes = []
        for template, raw_item in paths.items():
            item = self.schemas.deref(Located(raw_item, self.doc.name, pointer_join("/paths", template)))
            if not isinstance(item.value, dict):
                raise SpecError(Problem("a path item must be a mapping", item.file, item.pointer))
            segments = _segments(template.partition("#")[0])  # `#refresh` only names it
            shared = self._params(item)
            for method in HTTP_METHODS:
                if method not in item.value:
                    continue
                op = Schemas.child(item, method)
                if not isinstance(op.value, dict):
                    raise SpecError(Problem("an operation must be a mapping", op.file, op.pointer))
                own = self._params(op)
                merged = {(p.name, p.location): p for p in shared}
                merged.update({(p.name, p.location): p for p in own})
                security = op.value["security"] if "security" in op.value else root_security
                tags = op.value.get("tags")
                responses = op.value.get("responses")
                routes.append(
                    Route(
                        method=method.upper(),
                        template=template,
                        segments=segments,
                        params=tuple(merged.values()),
                        body=self._body(op),
                        responses=(
                            Schemas.child(op, "responses")
                            if isinstance(responses, dict)
                            else Located({}, op.file, op.pointer + "/responses")
                        ),
                        security=tuple(security) if isinstance(security, list) else (),
                        tags=tuple(t for t in tags if isinstance(t, str)) if isinstance(tags, list) else (),
                    )
                )
        return routes

    def _params(self, owner: Located) -> list[Param]:
        raw = owner.value.get("parameters")
        if not isinstance(raw, list):
            return []
        params = []
        for i in range(len(raw)):
            loc = self.schemas.deref(Schemas.child(owner, "parameters", i))
            p = loc.value
            if (
                not isinstance(p, dict)
                or not isinstance(p.get("name"), str)
                or p.get("in") not in PARAMETER_LOCATIONS
            ):
                raise SpecError(
                    Problem(
                        "a parameter needs a `name` and an `in` of path, query, header or cookie",
                        loc.file,
                        loc.pointer,
                    )
                )
            location = p["in"]
            style = p.get("style") or default_style(location)
            media = None
            schema = Schemas.child(loc, "schema") if "schema" in p else None
            content = p.get("content")
            if schema is None and isinstance(content, dict) and content:
                media = next(iter(content))
                holder = Schemas.child(loc, "content", media)
                schema = (
                    Schemas.child(holder, "schema")
                    if isinstance(holder.value, dict) and "schema" in holder.value
                    else None
                )
            params.append(
                Param(
                    name=p["name"],
                    location=location,
                    required=bool(p.get("required")) or location == "path",
                    schema=schema,
                    style=style,
                    explode=bool(p.get("explode", default_explode(style))),
                    media=media,
                    examples=self._param_examples(p, schema),
                )
            )
        return params

    def _param_examples(self, param: dict[str, Any], schema: Located | None) -> tuple[Any, ...]:
        found: list[Any] = []
        if "example" in param:
            found.append(param["example"])
        if isinstance(param.get("examples"), dict):
            for key in param["examples"]:
                entry = param["examples"][key]
                if isinstance(entry, dict) and "value" in entry:
                    found.append(entry["value"])
        target = self.schemas.deref(schema).value if schema is not None else None
        if isinstance(target, dict):
            if "example" in target:
                found.append(target["example"])
            if isinstance(target.get("examples"), list):
                found.extend(target["examples"])
        return tuple(found)

    def _body(self, op: Located) -> Body | None:
        if "requestBody" not in op.value:
            return None
        loc = self.schemas.deref(Schemas.child(op, "requestBody"))
        content = loc.value.get("content") if isinstance(loc.value, dict) else None
        if not isinstance(content, dict):
            return None
        media = tuple((name, Schemas.child(loc, "content", name)) for name in content)
        return Body(required=bool(loc.value.get("required")), media=media)

    # lookups ----------------------------------------------------------------------------

    def route(self, key: str) -> Route | None:
        method, _, template = key.strip().partition(" ")
        return self._by_key.get(f"{method.upper()} {template.strip()}")

    def find(
        self,
        method: str,
        path: str,
        fits: Callable[[Route, dict[str, str]], bool] = lambda route, values: True,
    ) -> tuple[Route | None, dict[str, str], list[str]]:
        """The route for a path below the prefix, its path values, and the methods the path allows.

        Of the routes the path matches, the most specific one that `fits` the values wins; when
        none fits, the most specific one (so its refusal explains the values). Equally specific
        templates (`/journals/{id}` and `/journals/{number}`) are told apart only by `fits`.
        """
        parts = [unquote(part) for part in path.split("/")]
        allowed: list[str] = []
        first: tuple[Route, dict[str, str]] | None = None
        for route in self.routes:
            values = route.match(parts)
            if values is None:
                continue
            if route.method == method:
                if fits(route, values):
                    return route, values, []
                first = first or (route, values)
            elif route.method not in allowed:
                allowed.append(route.method)
        if first is not None:
            return first[0], first[1], []
        return None, {}, allowed

    def response(self, route: Route, status: int) -> Located | None:
        """The response declared for `status`, exactly or by its `4XX`-style range."""
        for key in (str(status), f"{status // 100}XX", f"{status // 100}xx"):
            if key in route.responses.value:
                return self.schemas.deref(Schemas.child(route.responses, key))
        return None

    def declares(self, route: Route, status: int) -> bool:
        return str(status) in route.responses.value

    def success(self, route: Route) -> tuple[int, Located | None]:
        """The first 2xx response in document order, else `default` answered as 200."""
        for key in route.responses.value:
            text = str(key).upper()
            if re.fullmatch(r"2(\d\d|XX)", text):
                status = 200 if text == "2XX" else int(text)
                return status, self.schemas.deref(Schemas.child(route.responses, key))
        if "default" in route.responses.value:
            return 200, self.schemas.deref(Schemas.child(route.responses, "default"))
        return 200, None

    def media(self, response: Located, accept: str = "") -> tuple[str, Located] | None:
        """The response's media type: one the client asked for, else JSON, else the first."""
        content = response.value.get("content") if isinstance(response.value, dict) else None
        if not isinstance(content, dict) or not content:
            return None
        names = list(content)
        wanted = [media_base(part) for part in accept.split(",") if part.strip()]
        chosen = next((n for n in names if media_base(n) in wanted), None)
        chosen = chosen or prefer_json(names)
        return chosen, Schemas.child(Located(content, response.file, response.pointer + "/content"), chosen)

    def example(self, media: Located) -> tuple[bool, Any]:
        """The example a media type object gives for itself or through its schema, if any."""
        value = media.value
        if not isinstance(value, dict):
            return False, None
        if "example" in value:
            return True, value["example"]
        examples = value.get("examples")
        if isinstance(examples, dict) and examples:
            first = self.schemas.deref(Schemas.child(media, "examples", next(iter(examples)))).value
            if isinstance(first, dict) and "value" in first:
                return True, first["value"]
        if "schema" in value:
            schema = self.schemas.deref(Schemas.child(media, "schema")).value
            if isinstance(schema, dict):
                if "example" in schema:
                    return True, schema["example"]
                listed = schema.get("examples")
                if isinstance(listed, list) and listed:
                    return True, listed[0]
        return False, None


def _segments(template: str) -> tuple[Segment, ...]:
    # A `#...` in a path key only tells keys apart (`/connectors/{id}#byName`): a fragment is
    # never sent, so requests are matched without it.
    segments = []
    for part in template.split("#", 1)[0].split("/"):
        pieces = _PLACEHOLDER.split(part)
        if len(pieces) == 1:
            segments.append(Segment(part, None, ()))
            continue
        names = tuple(piece[1:-1] for piece in pieces if _PLACEHOLDER.fullmatch(piece))
        regex = "".join("(.+?)" if _PLACEHOLDER.fullmatch(piece) else re.escape(piece) for piece in pieces)
        segments.append(Segment(None, re.compile(regex), names))
    return tuple(segments)


def _server_prefix(root: dict[str, Any]) -> str:
    """The path part of `servers[0].url`, with its variables at their defaults."""
    servers = root.get("servers")
    if not isinstance(servers, list) or not servers or not isinstance(servers[0], dict):
        return ""
    url = servers[0].get("url")
    if not isinstance(url, str):
        return ""
    variables = servers[0].get("variables") or {}

    def default(match: re.Match[str]) -> str:
        var = variables.get(match.group(1)) if isinstance(variables, dict) else None
        return str(var.get("default", "")) if isinstance(var, dict) else ""

    url = re.sub(r"\{([^{}]*)\}", default, url)
    path = urlsplit(url).path if "://" in url or url.startswith("//") else url.split("?", 1)[0]
    return "/" + path.strip("/") if path.strip("/") else ""


def _required_named(route: Route) -> list[Param]:
    """The query and header parameters a request must carry, less the headers OpenAPI says a
    parameter cannot define (`Accept`, `Content-Type`, `Authorization`): specs that declare them
    required (PagerDuty's `Content-Type` on a GET) get them from the protocol, or not at all."""
    return [
        p
        for p in route.params
        if p.required
        and (p.location == "query" or (p.location == "header" and p.name.lower() not in RUNTIME_HEADERS))
    ]


def asks_for(route: Route, query: dict[str, list[str]], headers: dict[str, str]) -> bool:
    """Whether a request carries every query and header parameter `route` requires."""
    return all(
        (p.name in query) if p.location == "query" else (p.name.lower() in headers)
        for p in _required_named(route)
    )
