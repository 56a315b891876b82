"""Stage 3, normalize: turn the loaded OpenAPI document into the IR (`ir.py`).

This is the only module that knows OpenAPI vocabulary (`oneOf`, `nullable`, `in: query`...).
Types get stable keys (the JSON pointer of their schema) and name hints (the words a name will
be built from); `naming` turns hints into identifiers later. Anything we cannot represent
faithfully is a `SpecError` with its pointer, never a silent `Any`.
"""

from __future__ import annotations

import dataclasses
import http
import json
import re
from dataclasses import dataclass
from typing import Any, Iterable, cast

from . import ir
from .deprecation import extract as extract_deprecations
from .deprecation import extract_enum
from .errors import Diagnostics, Problem, SpecError, pointer_escape
from .load import HTTP_METHODS, Document
from .text import clean

_JSON_MEDIA = re.compile(r"^application/(?:[\w.+-]+\+)?json(?:;.*)?$|^\*/\*$")
_SCALAR_FORMATS: dict[tuple[str, str], ir.ScalarKind] = {
    ("string", "date-time"): "datetime",
    ("string", "date"): "date",
    ("string", "uuid"): "uuid",
    ("string", "byte"): "bytes",
    ("string", "binary"): "binary",
}
# Formats that need no type of their own: the plain type is the right one, nothing to say.
_PLAIN_FORMATS: dict[str, frozenset[str]] = {
    "string": frozenset(
        {
            "email",
            "idn-email",
            "uri",
            "uri-reference",
            "iri",
            "iri-reference",
            "uri-template",
            "url",
            "hostname",
            "idn-hostname",
            "ipv4",
            "ipv6",
            "password",
            "time",
            "duration",
            "regex",
            "json-pointer",
            "relative-json-pointer",
            "base64",
            "byte",
            "binary",
            "date",
            "date-time",
            "uuid",
            "html",
            "markdown",
            "text",
        }
    ),
    "integer": frozenset(
        {"int32", "int64", "int8", "int16", "uint8", "uint16", "uint32", "uint64", "timestamp", "unix-time"}
    ),
    "number": frozenset({"float", "double", "decimal", "int32", "int64"}),
    "boolean": frozenset(),
}
_SCALAR_TYPES: dict[str, ir.ScalarKind] = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
}
_REASONS = {str(s.value): s.phrase.lower() for s in http.HTTPStatus}
_REASONS.update({"4XX": "client error", "5XX": "server error", "default": "error"})
_OBJECT_KEYWORDS = ("properties", "additionalProperties", "required")
_HEADER_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
"""An HTTP header name (RFC 9110 `token`)."""
_STYLES = {
    "path": ("simple", "label", "matrix"),
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "header": ("simple",),
    "cookie": ("form",),
}
"""The serialization styles the runtime implements, per parameter location."""
_UNSUPPORTED_KEYWORDS = ("not", "if", "then", "else", "dependentSchemas", "$dynamicRef")


@dataclass(frozen=True)
class Options:
    grouping: str = "path"
    """"path": resources follow URL segments; "tags": one resource per first tag."""
    method_names: str = "verbs"
    """"verbs": create/get/list/update/delete from the method and path; "operation_id": from
    operationId, falling back to verbs when an operation has none."""


@dataclass
class _Site:
    """Where a schema sits: its file and pointer, and the words its name would be built from."""

    file: str
    pointer: str
    hint: tuple[str, ...]
    where: str = ""
    """Where the schema sits, in words ("`style` in the request body of `POST /x`"): the
    description of a type the spec left undescribed."""

    def child(self, pointer: str, word: str, where: str) -> _Site:
        return _Site(self.file, pointer, (*self.hint, word), where)

    @property
    def fallback(self) -> str:
        return self.where[:1].upper() + self.where[1:] + "." if self.where else ""


_SERVER_VARIABLE = re.compile(r"\{([^{}]*)\}")


class Normalizer:
    def __init__(self, doc: Document, options: Options, diagnostics: Diagnostics) -> None:
        self.doc = doc
        self.options = options
        self.diag = diagnostics
        self.types: dict[str, ir.TypeDef] = {}
        self._order: list[str] = []
        self._building: set[str] = set()
        self._error_shapes: dict[str, ir.TypeRef] = {}

    # --- entry point ---------------------------------------------------------------------

    def run(self) -> ir.Api:
        root = self.doc.root
        info = root.get("info") or {}
        servers = tuple(self._servers(root.get("servers"), self.doc.name, "/servers"))
        default = next((s.url.rstrip("/") for s in servers if s.absolute), "")
        operations = list(self._operations(default))
        # Every component schema is part of the SDK, used by an operation or not.
        schemas = (root.get("components") or {}).get("schemas") or {}
        for name in schemas:
            pointer = "/components/schemas/" + pointer_escape(name)
            self.type_of(
                {"$ref": "#" + pointer}, _Site(self.doc.name, pointer, (name,), f"the `{name}` schema")
            )
        webhooks = tuple(self._webhooks())
        used = {name for op in operations for req in op.security or () for name in req.schemes}
        schemes = tuple(self._security_schemes(used))
        usage = _usage(operations, webhooks, self.types)
        types = tuple(
            dataclasses.replace(self.types[k], usage=frozenset(usage.get(k) or ("response",)))
            for k in self._order
        )
        return ir.Api(
            title=str(info.get("title", "")),
            version=str(info.get("version", "")),
            description=clean(info.get("description")),
            servers=servers,
            types=types,
            operations=tuple(operations),
            security_schemes=schemes,
            webhooks=webhooks,
            type_index={t.key: t for t in types},
        )

    def _webhooks(self) -> Iterable[ir.Webhook]:
        for name, raw in (self.doc.root.get("webhooks") or {}).items():
            item = self.doc.deref(raw, self.doc.name, "/webhooks/" + pointer_escape(name))
            if not isinstance(item.value, dict):
                continue
            for method in HTTP_METHODS:
                op = item.value.get(method)
                if not isinstance(op, dict):
                    continue
                pointer = f"{item.pointer}/{method}"
                payload, media = None, None
                body = (
                    self.doc.deref(op.get("requestBody"), item.file, pointer + "/requestBody")
                    if op.get("requestBody")
                    else None
                )
                content = (
                    body.value.get("content") if body is not None and isinstance(body.value, dict) else None
                )
                if isinstance(content, dict) and content:
                    media = _pick_response_media(content)
                    schema = (content[media] or {}).get("schema")
                    if schema is not None and _JSON_MEDIA.match(media):
                        media_ptr = f"{body.pointer}/content/{pointer_escape(media)}/schema"  # type: ignore[union-attr]
                        where = f"the payload of the `{name}` webhook"
                        payload = self.type_of(
                            schema, _Site(item.file, media_ptr, (name, "webhook", "payload"), where)
                        )
                    elif schema is not None:
                        payload = ir.Scalar("str") if media.startswith("text/") else ir.Scalar("binary")
                description, deprecation = extract_deprecations(op.get("description"))
                yield ir.Webhook(
                    key=name,
                    method=method.upper(),
                    summary=clean(op.get("summary")),
                    description=description,
                    payload=payload,
                    media_type=media,
                    deprecated=self._deprecation(op, deprecation),
                )

    def _servers(self, servers: Any, file: str, pointer: str) -> Iterable[ir.Server]:
        """Each server with its variables at their defaults, as the spec says a client that is
        given no other value uses them; one naming a variable it does not define is left out."""
        for i, server in enumerate(servers if isinstance(servers, list) else []):
            if not isinstance(server, dict):
                continue
            template = str(server.get("url", ""))
            raw = server.get("variables")
            variables = {
                str(name): ir.ServerVariable(
                    name=str(name),
                    default=str(var.get("default", "")),
                    enum=tuple(str(v) for v in var.get("enum") or ()),
                    description=clean(var.get("description")),
                )
                for name, var in (raw.items() if isinstance(raw, dict) else ())
                if isinstance(var, dict)
            }
            named = list(dict.fromkeys(_SERVER_VARIABLE.findall(template)))
            undefined = [n for n in named if n not in variables]
            if undefined:
                self.diag.warn(
                    f"server URL {template!r} uses {{{undefined[0]}}}, which its `variables` do not "
                    "define; the SDK leaves this server out (pass `base_url=` to use it)",
                    f"{pointer}/{i}/url",
                    file,
                )
                continue
            url = _SERVER_VARIABLE.sub(lambda m: variables[m.group(1)].default, template)
            yield ir.Server(
                url, clean(server.get("description")), template, tuple(variables[n] for n in named)
            )

    # --- operations ----------------------------------------------------------------------

    def _operations(self, default_server: str) -> Iterable[ir.Operation]:
        root = self.doc.root
        file = self.doc.name
        default_security = root.get("security")
        paths = root.get("paths") or {}
        for path, item in paths.items():
            item_ptr = "/paths/" + pointer_escape(path)
            item = self.doc.deref(item, file, item_ptr)
            if not isinstance(item.value, dict):
                continue
            shared = item.value.get("parameters") or []
            for method in HTTP_METHODS:
                op = item.value.get(method)
                if not isinstance(op, dict):
                    continue
                pointer = f"{item.pointer}/{method}"
                operation = self._operation(path, method, op, shared, default_security, item.file, pointer)
                if "servers" in op:
                    server = self._own_server(op["servers"], item.file, pointer + "/servers", default_server)
                else:
                    servers = item.value.get("servers")
                    server = self._own_server(servers, item.file, item.pointer + "/servers", default_server)
                yield dataclasses.replace(operation, server=server) if server else operation

    def _own_server(self, servers: Any, file: str, pointer: str, default: str) -> str:
        """The URL an operation is sent to when its path or itself names servers: the first
        absolute one. Empty when they include the API's default server (Twilio's specs repeat
        theirs on every path): the client's choice of environment then stands."""
        if not servers:
            return ""
        absolute = [s.url.rstrip("/") for s in self._servers(servers, file, pointer) if s.absolute]
        if default in absolute:
            return ""
        if absolute:
            return absolute[0]
        self.diag.warn(
            "none of these servers has an absolute URL the SDK could send to; "
            "this operation goes to the client's base URL",
            pointer,
            file,
        )
        return ""

    def _operation(
        self,
        path: str,
        method: str,
        op: dict[str, Any],
        shared_params: list[Any],
        default_security: Any,
        file: str,
        pointer: str,
    ) -> ir.Operation:
        resource, action = self._placement(path, method, op)
        op_hint = (*resource, action)
        parameters = self._parameters(shared_params, op.get("parameters") or [], file, pointer, op_hint)
        key = f"{method.upper()} {path}"
        body = self._body(op.get("requestBody"), file, pointer + "/requestBody", op_hint, key)
        responses = tuple(self._responses(op.get("responses") or {}, file, pointer, op_hint, key))
        self._check_callbacks(op.get("callbacks"), file, pointer + "/callbacks")
        kinds = {
            "raw" if r.media_type and not _JSON_MEDIA.match(r.media_type) else "json"
            for r in responses
            if r.is_success and r.type is not None
        }
        if kinds == {"raw", "json"}:
            raise SpecError(
                Problem(
                    "success responses mixing raw (text or binary) and JSON bodies are not supported yet",
                    file,
                    pointer + "/responses",
                )
            )
        security_source = op["security"] if "security" in op else default_security
        security = None
        if isinstance(security_source, list):
            security = tuple(
                ir.SecurityRequirement(tuple(sorted(req))) for req in security_source if isinstance(req, dict)
            )
        description, deprecation = extract_deprecations(op.get("description"))
        op_id = op.get("operationId")
        return ir.Operation(
            key=key,
            method=method.upper(),
            path=path,
            resource=resource,
            action=action,
            operation_id=op_id if isinstance(op_id, str) and op_id else None,
            tags=tuple(str(t) for t in op.get("tags") or [] if isinstance(t, (str, int, float))),
            summary=clean(op.get("summary")),
            description=description,
            deprecated=self._deprecation(op, deprecation),
            parameters=parameters,
            body=body,
            responses=responses,
            security=security,
            pointer=pointer,
        )

    def _check_callbacks(self, callbacks: Any, file: str, pointer: str) -> None:
        """Callbacks are requests the API sends to its users: the SDK does not type them yet.
        One without a body carries nothing to type; one with a body is an error."""
        if not isinstance(callbacks, dict):
            return
        for name, raw in callbacks.items():
            loc = self.doc.deref(raw, file, f"{pointer}/{pointer_escape(name)}")
            for expression, item in (loc.value or {}).items() if isinstance(loc.value, dict) else ():
                item_loc = self.doc.deref(item, loc.file, f"{loc.pointer}/{pointer_escape(expression)}")
                for method in HTTP_METHODS:
                    cb = item_loc.value.get(method) if isinstance(item_loc.value, dict) else None
                    if isinstance(cb, dict) and cb.get("requestBody"):
                        raise SpecError(
                            Problem(
                                f"callbacks with a request body (the `{name}` callback) are not supported yet",
                                item_loc.file,
                                f"{item_loc.pointer}/{method}/requestBody",
                            )
                        )

    def _placement(self, path: str, method: str, op: dict[str, Any]) -> tuple[tuple[str, ...], str]:
        segments = [s for s in path.strip("/").split("/") if s]
        statics = [s for s in segments if not (s.startswith("{") and s.endswith("}"))]
        ends_with_param = bool(segments) and segments[-1].startswith("{")
        verb = {
            "get": "get" if ends_with_param else "list",
            "post": "create",
            "put": "update",
            "patch": "update",
            "delete": "delete",
        }.get(method, method)
        op_id = op.get("operationId") if isinstance(op.get("operationId"), str) else None
        if self.options.grouping == "tags":
            tags = op.get("tags") or []
            resource: tuple[str, ...] = (str(tags[0]),) if tags else ("default",)
            action = op_id or " ".join([method, *statics])
            return resource, action
        resource = tuple(statics) or ("root",)
        if self.options.method_names == "operation_id" and op_id:
            return resource, op_id
        return resource, verb

    def _parameters(
        self,
        shared: list[Any],
        own: list[Any],
        file: str,
        pointer: str,
        hint: tuple[str, ...],
    ) -> tuple[ir.Parameter, ...]:
        # Operation-level parameters override path-level ones with the same name and location.
        merged: dict[tuple[str, str], tuple[dict[str, Any], str, str]] = {}
        item_pointer = pointer.rsplit("/", 1)[0]
        for source, base in ((shared, item_pointer + "/parameters"), (own, pointer + "/parameters")):
            for i, raw in enumerate(source):
                loc = self.doc.deref(raw, file, f"{base}/{i}")
                param = loc.value
                if not isinstance(param, dict):
                    continue
                name, where = param.get("name"), param.get("in")
                if not isinstance(name, str) or where not in ("path", "query", "header", "cookie"):
                    raise SpecError(
                        Problem("parameter needs a string `name` and a valid `in`", loc.file, loc.pointer)
                    )
                merged[(where, name)] = (param, loc.file, loc.pointer)
        params = []
        for (where, name), (param, pfile, ppointer) in merged.items():
            if where == "header" and name.lower() in ("accept", "content-type", "authorization"):
                continue  # OpenAPI says these are ignored: the runtime sets them.
            if where == "header" and not _HEADER_TOKEN.match(name):
                problem = f"header parameter {name!r} is not a valid HTTP header name, so it cannot be sent"
                if param.get("required"):
                    raise SpecError(Problem(problem, pfile, ppointer + "/name"))
                self.diag.warn(
                    problem + "; the SDK leaves this optional parameter out", ppointer + "/name", pfile
                )
                continue
            schema = param.get("schema")
            schema_ptr = ppointer + "/schema"
            default_style = "form" if where in ("query", "cookie") else "simple"
            style = param.get("style", default_style)
            explode = bool(param.get("explode", style == "form"))
            if schema is None and isinstance(param.get("content"), dict) and param["content"]:
                media, media_obj = next(iter(param["content"].items()))
                schema = (media_obj or {}).get("schema")
                schema_ptr = f"{ppointer}/content/{pointer_escape(media)}/schema"
                media_ptr = f"{ppointer}/content/{pointer_escape(media)}"
                if not _JSON_MEDIA.match(media) or media == "*/*":
                    raise SpecError(
                        Problem(
                            f"a parameter described by `content` of type {media!r} is not supported (only JSON)",
                            pfile,
                            media_ptr,
                        )
                    )
                if where != "query":
                    raise SpecError(
                        Problem(
                            f"a {where} parameter described by `content` (JSON text) is not supported yet, only query ones",
                            pfile,
                            media_ptr,
                        )
                    )
                style, explode = "json", False  # the value as one JSON text
            elif style not in _STYLES[where]:
                raise SpecError(
                    Problem(
                        f"`style: {style}` is not supported for {where} parameters (supported: {', '.join(_STYLES[where])})",
                        pfile,
                        ppointer + "/style",
                    )
                )
            type_ref = (
                self.type_of(
                    schema, _Site(pfile, schema_ptr, (*hint, name), f"the `{name}` {where} parameter")
                )
                if schema is not None
                else ir.Scalar("str")
            )
            shape = self._unwritable(type_ref) if style != "json" else None
            if shape is not None:
                raise SpecError(
                    Problem(
                        f"a {where} parameter that is {shape} cannot be written in `style: {style}` (not supported)",
                        pfile,
                        schema_ptr,
                    )
                )
            description, prose_dep = extract_deprecations(param.get("description"))
            schema_obj = self.doc.deref(schema, pfile, schema_ptr).value if isinstance(schema, dict) else {}
            example, has_example = _example(param, schema_obj)
            params.append(
                ir.Parameter(
                    wire_name=name,
                    location=cast(ir.ParamLocation, where),  # checked where the parameters are merged
                    type=type_ref,
                    required=bool(param.get("required")) or where == "path",
                    description=description or clean((schema_obj or {}).get("description")),
                    deprecated=self._deprecation(param, prose_dep),
                    style=str(style),
                    explode=explode,
                    example=example,
                    has_example=has_example,
                    default=(schema_obj or {}).get("default"),
                    has_default=isinstance(schema_obj, dict) and "default" in schema_obj,
                )
            )
        order = {"path": 0, "query": 1, "header": 2, "cookie": 3}
        params.sort(key=lambda p: (order[p.location], not p.required))
        return tuple(params)

    def _unwritable(self, ref: ir.TypeRef) -> str | None:
        """What makes a parameter's type impossible to write in a path, query, header or cookie
        (OpenAPI styles hold scalars, lists of scalars and flat objects), or None."""

        def resolve(t: ir.TypeRef) -> ir.TypeRef | ir.TypeDef | None:
            seen: set[str] = set()
            while True:
                if isinstance(t, ir.Nullable):
                    t = t.inner
                elif isinstance(t, ir.Named) and t.key not in seen:
                    seen.add(t.key)
                    found = self.types.get(t.key)
                    if not isinstance(found, ir.Alias):
                        return found
                    t = found.target
                else:
                    return t

        def scalar(t: ir.TypeRef) -> bool:
            r = resolve(t)
            if isinstance(r, ir.UnionOf):
                return all(scalar(v) for v in r.variants)
            return isinstance(r, (ir.Scalar, ir.Const, ir.Enum))

        top = resolve(ref)
        if isinstance(top, ir.UnionOf):
            return next((p for p in (self._unwritable(v) for v in top.variants) if p), None)
        if isinstance(top, ir.Array) and not scalar(top.item):
            return "an array of objects or arrays"
        if isinstance(top, ir.Map) and not scalar(top.value):
            return "an object whose values are objects or arrays"
        if isinstance(top, ir.Model) and not all(scalar(f.type) for f in top.fields if not f.read_only):
            return "an object with nested objects or arrays"
        if top is None:
            return "a recursive type"
        return None

    def _body(self, raw: Any, file: str, pointer: str, hint: tuple[str, ...], op_key: str) -> ir.Body | None:
        if raw is None:
            return None
        loc = self.doc.deref(raw, file, pointer)
        body = loc.value
        content = body.get("content") if isinstance(body, dict) else None
        if not isinstance(content, dict) or not content:
            return None
        media, encoding = _pick_request_media(content)
        if media is None:
            # A media type we do not know by name: its schema says whether it is text or bytes.
            media = next(iter(content))
            encoding = self._unknown_media_encoding(
                content[media], loc.file, f"{loc.pointer}/content/{pointer_escape(media)}"
            )
        media_obj = content[media] or {}
        media_ptr = f"{loc.pointer}/content/{pointer_escape(media)}"
        if encoding == "multipart" and not media.startswith("multipart/form-data"):
            raise SpecError(
                Problem(
                    f"{media!r} request bodies are not supported (only multipart/form-data)",
                    loc.file,
                    media_ptr,
                )
            )
        for prop, enc in (media_obj.get("encoding") or {}).items():
            for word in ("headers", "style", "explode", "allowReserved"):
                if isinstance(enc, dict) and word in enc:
                    where = f"{media_ptr}/encoding/{pointer_escape(prop)}/{word}"
                    raise SpecError(
                        Problem(
                            f"`encoding` with `{word}` (for `{prop}`) is not supported yet", loc.file, where
                        )
                    )
        schema = media_obj.get("schema")
        site = _Site(loc.file, media_ptr + "/schema", (*hint, "body"), f"the request body of `{op_key}`")
        if schema is None:
            type_ref: ir.TypeRef = ir.Scalar("binary" if encoding == "binary" else "json")
        else:
            type_ref = self.type_of(schema, site)
        if encoding == "binary" and type_ref != ir.Scalar("binary"):
            type_ref = ir.Scalar("binary")
        if encoding == "text" and type_ref != ir.Scalar("str"):
            raise SpecError(
                Problem(f"a {media} body must be a string schema", loc.file, media_ptr + "/schema")
            )
        flatten = isinstance(type_ref, ir.Named) and isinstance(self.types.get(type_ref.key), ir.Model)
        example, has_example = _example(media_obj, {})
        return ir.Body(
            media_type=media,
            encoding=encoding,
            type=type_ref,
            required=bool(body.get("required")),
            description=clean(body.get("description")),
            example=example,
            has_example=has_example,
            flatten=flatten,
        )

    def _error_type(self, schema: Any, status: str, file: str, pointer: str) -> ir.TypeRef:
        """The type of an error body. Inline error schemas repeat from operation to operation
        (the Magic Hour spec has the same five on all 34): identical ones share one type, named
        after the status (`BadRequestBody`) rather than after whichever operation came first."""
        if schema is None:
            return ir.Scalar("json")
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            return self.type_of(
                schema, _Site(file, pointer, (f"error {status}",), f"the body of a {status} response")
            )
        shape = json.dumps([status, _shape(schema)], sort_keys=True, default=str)
        if shape not in self._error_shapes:
            reason = _REASONS.get(status, f"status {status}")
            site = _Site(file, pointer, (reason, "body"), f"the body of a {status} ({reason}) response")
            self._error_shapes[shape] = self.type_of(schema, site)
        return self._error_shapes[shape]

    def _unknown_media_encoding(self, media_obj: Any, file: str, pointer: str) -> ir.BodyEncoding:
        schema = (media_obj or {}).get("schema") if isinstance(media_obj, dict) else None
        resolved = self.doc.deref(schema, file, pointer + "/schema").value if isinstance(schema, dict) else {}
        types = _types_of(resolved) if isinstance(resolved, dict) else []
        if not resolved or resolved.get("format") == "binary":
            return "binary"
        if types == ["string"]:
            return "text"
        raise SpecError(
            Problem(
                "a request body of an unknown media type must be a string or binary schema "
                "(JSON, form and multipart bodies are recognized by their media type)",
                file,
                pointer,
            )
        )

    def _responses(
        self, responses: dict[str, Any], file: str, pointer: str, hint: tuple[str, ...], op_key: str
    ) -> Iterable[ir.Response]:
        entries = [(str(status), str(status), raw) for status, raw in responses.items()]
        if not any(status.startswith("2") for status, _, _ in entries) and "default" in responses:
            # Only `default`: it describes the successful answers too.
            entries.insert(0, ("2XX", "default", responses["default"]))
        first_success = next((status for status, _, _ in entries if status.startswith("2")), None)
        for status, declared, raw in entries:
            loc = self.doc.deref(raw, file, f"{pointer}/responses/{pointer_escape(declared)}")
            resp = loc.value if isinstance(loc.value, dict) else {}
            if resp.get("links") and status == declared:
                self.diag.warn(
                    "`links` are not used by the generated SDK (ignored)", loc.pointer + "/links", loc.file
                )
            content = resp.get("content") if isinstance(resp.get("content"), dict) else {}
            description = clean(resp.get("description"))
            success = status.startswith("2")
            if not content:
                yield ir.Response(status=status, description=description)
                continue
            media = _pick_response_media(content)
            media_obj = content[media] or {}
            schema = media_obj.get("schema")
            media_ptr = f"{loc.pointer}/content/{pointer_escape(media)}"
            if _JSON_MEDIA.match(media) and not success:
                type_ref = self._error_type(schema, status, loc.file, media_ptr + "/schema")
            elif _JSON_MEDIA.match(media):
                words = (*hint, "response") if status == first_success else (*hint, "response", status)
                where = f"the response of `{op_key}`" + (f" ({description})" if description else "")
                type_ref = (
                    self.type_of(schema, _Site(loc.file, media_ptr + "/schema", words, where))
                    if schema is not None
                    else ir.Scalar("json")
                )
            elif media.startswith("text/"):
                type_ref = ir.Scalar("str")
            else:
                type_ref = ir.Scalar("binary")
            example, has_example = _example(media_obj, {})
            yield ir.Response(
                status=status,
                description=description,
                media_type=media,
                type=type_ref,
                example=example,
                has_example=has_example,
            )

    def _security_schemes(self, used: set[str]) -> Iterable[ir.SecurityScheme]:
        """The schemes operations use (one no operation uses cannot matter, supported or not)."""
        components = self.doc.root.get("components") or {}
        for key, raw in (components.get("securitySchemes") or {}).items():
            if key not in used:
                continue
            loc = self.doc.deref(raw, self.doc.name, "/components/securitySchemes/" + pointer_escape(key))
            scheme = loc.value if isinstance(loc.value, dict) else {}
            kind = scheme.get("type")
            description = clean(scheme.get("description"))
            if kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
                yield ir.SecurityScheme(key, "bearer", "header", "Authorization", description)
            elif kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
                yield ir.SecurityScheme(key, "basic", "header", "Authorization", description)
            elif kind == "apiKey" and scheme.get("in") in ("header", "query", "cookie"):
                wire = str(scheme.get("name", ""))
                if scheme["in"] == "header" and not _HEADER_TOKEN.match(wire):
                    raise SpecError(
                        Problem(
                            f"API key header {wire!r} is not a valid HTTP header name",
                            loc.file,
                            loc.pointer + "/name",
                        )
                    )
                yield ir.SecurityScheme(key, "api_key", scheme["in"], wire, description)
            else:
                # OAuth2 and OpenID Connect end in a bearer token on the wire.
                if kind in ("oauth2", "openIdConnect"):
                    yield ir.SecurityScheme(key, "bearer", "header", "Authorization", description)
                elif kind == "http":
                    raise SpecError(
                        Problem(
                            f"unsupported HTTP authentication scheme {scheme.get('scheme')!r} (supported: bearer, basic)",
                            loc.file,
                            loc.pointer + "/scheme",
                        )
                    )
                else:
                    raise SpecError(
                        Problem(f"unsupported security scheme type {kind!r}", loc.file, loc.pointer)
                    )

    # --- schemas -------------------------------------------------------------------------

    def type_of(self, schema: Any, site: _Site) -> ir.TypeRef:
        """The type a schema describes; named schemas become `TypeDef`s registered by key."""
        if isinstance(schema, bool):
            if schema:
                return ir.Scalar("json")
            raise SpecError(
                Problem("schema `false` (nothing is valid) cannot be typed", site.file, site.pointer)
            )
        if not isinstance(schema, dict):
            raise SpecError(Problem("a schema must be an object", site.file, site.pointer))
        if isinstance(schema.get("$ref"), str):
            return self._ref(schema, site)
        for keyword in _UNSUPPORTED_KEYWORDS:
            if keyword in schema:
                raise SpecError(
                    Problem(f"unsupported schema keyword {keyword!r}", site.file, f"{site.pointer}/{keyword}")
                )
        inner = self._type_of_unwrapped(schema, site)
        if _is_nullable(schema) and not isinstance(inner, ir.Nullable):
            return ir.Nullable(inner)
        return inner

    def _ref(self, schema: dict[str, Any], site: _Site) -> ir.TypeRef:
        loc = self.doc.resolve(schema["$ref"], site.file, site.pointer)
        key = f"{loc.file}#{loc.pointer}"
        # 3.1 allows siblings beside $ref; `nullable`/`type: [.., null]` there still applies.
        wrap = _is_nullable(schema)
        if key in self.types or key in self._building:
            ref: ir.TypeRef = ir.Named(key)
        else:
            target = loc.value
            if isinstance(target, dict) and isinstance(target.get("$ref"), str):
                ref = self._ref(target, _Site(loc.file, loc.pointer, site.hint, site.where))
            else:
                hint = _hint_for_pointer(loc.pointer)
                where = f"the `{'.'.join(hint)}` schema" if hint else site.where
                ref = self._named_or_inline(
                    target, _Site(loc.file, loc.pointer, hint or site.hint, where), key
                )
        if wrap and not isinstance(ref, ir.Nullable):
            return ir.Nullable(ref)
        return ref

    def _named_or_inline(self, target: Any, site: _Site, key: str) -> ir.TypeRef:
        """A `$ref` target: objects, enums and unions get a named type; plain scalars inline."""
        if isinstance(target, dict) and not _needs_name(target):
            self._building.add(key)
            try:
                return self.type_of(target, site)
            finally:
                self._building.discard(key)
        self._building.add(key)
        try:
            inner = self.type_of(target, site)
        finally:
            self._building.discard(key)
        if isinstance(inner, ir.Named) and inner.key == key:
            return inner
        base = inner.inner if isinstance(inner, ir.Nullable) else inner
        if isinstance(base, ir.Named) and base.key == key:
            return inner
        # The target normalized to something that is not itself named (an array or a union):
        # keep its name as an alias so references stay readable and recursion stays finite.
        description, deprecation = extract_deprecations(
            target.get("description") if isinstance(target, dict) else None
        )
        self._register(
            ir.Alias(
                key=key,
                name_hint=site.hint,
                target=inner,
                description=description or site.fallback,
                deprecated=self._deprecation(target if isinstance(target, dict) else {}, deprecation),
                pointer=site.pointer,
            )
        )
        return ir.Named(key)

    def _type_of_unwrapped(self, schema: dict[str, Any], site: _Site) -> ir.TypeRef:
        if "const" in schema:
            return _const(schema["const"])
        if "allOf" in schema:
            return self._all_of(schema, site)
        for keyword in ("oneOf", "anyOf"):
            if keyword in schema:
                return self._union(schema, keyword, site)
        types = _types_of(schema)
        if "enum" in schema:
            return self._enum(schema, site, types)
        non_null = [t for t in types if t != "null"]
        if types and not non_null:
            return ir.Const(None)  # `type: "null"` (3.1): only null, e.g. a `oneOf` option
        if len(non_null) > 1:
            variants = tuple(self._type_of_unwrapped({**schema, "type": t}, site) for t in non_null)
            return ir.UnionOf(variants)
        kind = non_null[0] if non_null else None
        if kind is None and any(k in schema for k in _OBJECT_KEYWORDS):
            kind = "object"
        if kind is None and "items" in schema:
            kind = "array"
        if kind == "object":
            return self._object(schema, site)
        if kind == "array" and isinstance(schema.get("prefixItems"), list) and schema["prefixItems"]:
            return self._tuple(schema, site)
        if kind == "array":
            items = schema.get("items")
            if items is None:
                return ir.Array(ir.Scalar("json"))
            return ir.Array(
                self.type_of(items, site.child(site.pointer + "/items", "item", f"an item of {site.where}"))
            )
        if kind in _SCALAR_TYPES:
            fmt = schema.get("format")
            if isinstance(fmt, str) and (kind, fmt) in _SCALAR_FORMATS:
                return ir.Scalar(_SCALAR_FORMATS[(kind, fmt)])
            if kind == "string" and schema.get("contentEncoding") == "base64":
                return ir.Scalar("bytes")
            if kind == "string" and schema.get("contentMediaType") == "application/octet-stream":
                return ir.Scalar("binary")
            if fmt is not None and fmt not in _PLAIN_FORMATS.get(kind, ()):
                self.diag.warn(
                    f"unknown format {fmt!r} (of a {kind} schema): typed as a plain {_SCALAR_TYPES[kind]}",
                    pointer=site.pointer + "/format",
                    file=site.file,
                )
            return ir.Scalar(_SCALAR_TYPES[kind])
        if kind == "null":
            return ir.Const(None)
        if kind is None:
            return ir.Scalar("json")
        raise SpecError(Problem(f"unknown schema type {kind!r}", site.file, site.pointer + "/type"))

    def _tuple(self, schema: dict[str, Any], site: _Site) -> ir.TypeRef:
        """`prefixItems` (3.1): a list whose first items have their own schemas. Typed as a list of
        the union of every item's type (positions are not checked)."""
        types = [
            self.type_of(
                item,
                site.child(f"{site.pointer}/prefixItems/{i}", f"item {i}", f"item {i + 1} of {site.where}"),
            )
            for i, item in enumerate(schema["prefixItems"])
        ]
        items, most = schema.get("items"), schema.get("maxItems")
        if not (items is False or (isinstance(most, int) and most <= len(types))):
            # More items may follow: of the `items` schema, or anything.
            rest = items if isinstance(items, dict) and items else None
            types.append(
                self.type_of(rest, site.child(site.pointer + "/items", "item", f"an item of {site.where}"))
                if rest
                else ir.Scalar("json")
            )
        unique = list(dict.fromkeys(types))
        return ir.Array(unique[0] if len(unique) == 1 else ir.UnionOf(tuple(unique)))

    def _object(self, schema: dict[str, Any], site: _Site) -> ir.TypeRef:
        properties = schema.get("properties") or {}
        if not properties:
            extra, closed = self._extra(schema, site)
            if closed:
                return self._model(schema, site)  # an object that must be empty
            return ir.Map(extra or ir.Scalar("json"))
        return self._model(schema, site)

    def _extra(self, schema: dict[str, Any], site: _Site) -> tuple[ir.TypeRef | None, bool]:
        """The type of the properties an object holds besides its declared ones (None: any JSON
        value), and whether there can be none: `additionalProperties` and `patternProperties`
        (typed as their union; the key patterns themselves are not checked)."""
        extra_raw = schema.get("additionalProperties", True)
        if extra_raw is True or extra_raw == {}:
            return None, False  # any other key may hold any value, whatever the patterns say
        patterns = schema.get("patternProperties")
        types: list[ir.TypeRef] = []
        for pattern, sub in (patterns.items() if isinstance(patterns, dict) else ()):
            ptr = f"{site.pointer}/patternProperties/{pointer_escape(pattern)}"
            where = f"a value of {site.where} (keys matching `{pattern}`)"
            types.append(self.type_of(sub, site.child(ptr, "value", where)))
        if isinstance(extra_raw, dict):
            where = f"a value of {site.where}"
            types.append(
                self.type_of(extra_raw, site.child(site.pointer + "/additionalProperties", "value", where))
            )
        unique = list(dict.fromkeys(types))
        if not unique:
            return None, extra_raw is False
        return (unique[0] if len(unique) == 1 else ir.UnionOf(tuple(unique))), False

    def _model(self, schema: dict[str, Any], site: _Site, merged: dict[str, Any] | None = None) -> ir.Named:
        key = f"{site.file}#{site.pointer}"
        if key in self.types:
            return ir.Named(key)
        self._building.add(key)
        source = merged or schema
        properties: dict[str, Any] = source.get("properties") or {}
        required = source.get("required") or []
        if not isinstance(required, list):
            raise SpecError(Problem("`required` must be a list", site.file, site.pointer + "/required"))
        for name in required:
            if name not in properties:
                self.diag.warn(
                    f"required property {name!r} has no definition; the SDK does not require it "
                    "(a response may omit it) and keeps it as an extra field when it is sent",
                    pointer=site.pointer + "/required",
                    file=site.file,
                )
        fields = []
        prop_pointers: dict[str, str] = source.get("x-sdkgen-pointers", {})
        for prop, prop_schema in properties.items():
            ptr = prop_pointers.get(prop, f"{site.pointer}/properties/{pointer_escape(prop)}")
            fields.append(
                self._field(
                    prop, prop_schema, prop in required, site.child(ptr, prop, f"`{prop}` in {site.where}")
                )
            )
        extra, closed = self._extra(source, site)
        description, deprecation = extract_deprecations(schema.get("description"))
        model = ir.Model(
            key=key,
            name_hint=site.hint,
            fields=tuple(fields),
            description=description or site.fallback,
            extra=extra,
            closed=closed,
            deprecated=self._deprecation(schema, deprecation),
            pointer=site.pointer,
        )
        self._building.discard(key)
        self._register(model)
        return ir.Named(key)

    def _field(self, name: str, schema: Any, required: bool, site: _Site) -> ir.Field:
        resolved = self.doc.deref(schema, site.file, site.pointer).value if isinstance(schema, dict) else {}
        own = schema if isinstance(schema, dict) else {}
        type_ref = self.type_of(schema, site)
        raw_description = own.get(
            "description", resolved.get("description") if isinstance(resolved, dict) else None
        )
        description, deprecation = extract_deprecations(raw_description)
        enum = _enum_of(type_ref, self.types)
        if enum is not None and enum.key == f"{site.file}#{site.pointer}":
            # An inline enum's description was cleaned with its member deprecations lifted out.
            description, deprecation = enum.description, enum.deprecated
        lookup = (
            own if "default" in own or "example" in own else (resolved if isinstance(resolved, dict) else {})
        )
        example, has_example = _example(own, resolved if isinstance(resolved, dict) else {})
        return ir.Field(
            wire_name=name,
            type=type_ref,
            required=required,
            description=description,
            default=lookup.get("default"),
            has_default="default" in lookup,
            example=example,
            has_example=has_example,
            deprecated=self._deprecation(own, deprecation)
            or self._deprecation(resolved if isinstance(resolved, dict) else {}, None),
            read_only=bool(own.get("readOnly") or (isinstance(resolved, dict) and resolved.get("readOnly"))),
            write_only=bool(
                own.get("writeOnly") or (isinstance(resolved, dict) and resolved.get("writeOnly"))
            ),
        )

    def _all_of(self, schema: dict[str, Any], site: _Site) -> ir.TypeRef:
        parts = schema["allOf"]
        if not isinstance(parts, list) or not parts:
            raise SpecError(Problem("`allOf` must be a non-empty list", site.file, site.pointer + "/allOf"))
        own_shape = any(k in schema for k in ("properties", "additionalProperties", "required"))
        if len(parts) == 1 and not own_shape:
            # `allOf: [$ref]` is how 3.0 specs attach a description or `nullable` to a ref.
            return self.type_of(parts[0], _Site(site.file, site.pointer + "/allOf/0", site.hint, site.where))
        merged_props: dict[str, Any] = {}
        pointers: dict[str, str] = {}
        required: list[str] = []
        extra: Any = True
        for i, part in enumerate(parts):
            loc = self.doc.deref(part, site.file, f"{site.pointer}/allOf/{i}")
            value = loc.value
            if not isinstance(value, dict):
                raise SpecError(Problem("`allOf` members must be schemas", loc.file, loc.pointer))
            if "allOf" in value:
                flat = self._flatten_all_of(value, loc.file, loc.pointer)
            else:
                flat = (
                    value,
                    {
                        p: f"{loc.pointer}/properties/{pointer_escape(p)}"
                        for p in value.get("properties") or {}
                    },
                )
            body, ptrs = flat
            if any(k in body for k in ("oneOf", "anyOf", "enum")) or _types_of(body) not in ([], ["object"]):
                raise SpecError(
                    Problem(
                        "`allOf` with a member that is not an object schema is not supported",
                        loc.file,
                        loc.pointer,
                    )
                )
            merged_props.update(body.get("properties") or {})
            pointers.update(ptrs)
            required.extend(r for r in body.get("required") or [] if r not in required)
            if "additionalProperties" in body:
                extra = body["additionalProperties"]
        merged_props.update(schema.get("properties") or {})
        pointers.update(
            {p: f"{site.pointer}/properties/{pointer_escape(p)}" for p in schema.get("properties") or {}}
        )
        required.extend(r for r in schema.get("required") or [] if r not in required)
        merged = {
            "properties": merged_props,
            "required": required,
            "additionalProperties": schema.get("additionalProperties", extra),
            "patternProperties": schema.get("patternProperties"),
            "x-sdkgen-pointers": pointers,
        }
        return self._model(schema, site, merged)

    def _flatten_all_of(
        self, schema: dict[str, Any], file: str, pointer: str
    ) -> tuple[dict[str, Any], dict[str, str]]:
        props: dict[str, Any] = {}
        ptrs: dict[str, str] = {}
        required: list[str] = []
        for i, part in enumerate(schema.get("allOf") or []):
            loc = self.doc.deref(part, file, f"{pointer}/allOf/{i}")
            if isinstance(loc.value, dict) and "allOf" in loc.value:
                body, sub = self._flatten_all_of(loc.value, loc.file, loc.pointer)
            elif isinstance(loc.value, dict):
                body = loc.value
                sub = {
                    p: f"{loc.pointer}/properties/{pointer_escape(p)}" for p in body.get("properties") or {}
                }
            else:
                continue
            props.update(body.get("properties") or {})
            ptrs.update(sub)
            required.extend(body.get("required") or [])
        props.update(schema.get("properties") or {})
        ptrs.update({p: f"{pointer}/properties/{pointer_escape(p)}" for p in schema.get("properties") or {}})
        required.extend(schema.get("required") or [])
        return {"properties": props, "required": required}, ptrs

    def _union(self, schema: dict[str, Any], keyword: str, site: _Site) -> ir.TypeRef:
        options = schema[keyword]
        if not isinstance(options, list) or not options:
            raise SpecError(
                Problem(f"`{keyword}` must be a non-empty list", site.file, f"{site.pointer}/{keyword}")
            )
        variants: list[ir.TypeRef] = []
        nullable = False
        for i, option in enumerate(options):
            opt_site = site.child(
                f"{site.pointer}/{keyword}/{i}", f"variant {i}", f"option {i + 1} of {site.where}"
            )
            t = self.type_of(option, opt_site)
            if t == ir.Const(None):
                nullable = True
                continue
            if isinstance(t, ir.Nullable):
                nullable = True
                t = t.inner
            if repr(t) not in map(repr, variants):  # not `in`: Const(True) == Const(1)
                variants.append(t)
        discriminator = self._discriminator(schema.get("discriminator"), variants, site)
        result: ir.TypeRef = variants[0] if len(variants) == 1 else ir.UnionOf(tuple(variants), discriminator)
        return ir.Nullable(result) if nullable else result

    def _discriminator(self, raw: Any, variants: list[ir.TypeRef], site: _Site) -> ir.Discriminator | None:
        if not isinstance(raw, dict) or not isinstance(raw.get("propertyName"), str):
            return None
        mapping: list[tuple[str, str]] = []
        explicit = raw.get("mapping") or {}
        for value, ref in explicit.items():
            loc = self.doc.resolve(
                ref if "#" in ref or "/" in ref else f"#/components/schemas/{ref}",
                site.file,
                site.pointer + "/discriminator",
            )
            mapping.append((str(value), f"{loc.file}#{loc.pointer}"))
        mapped = {key for _, key in mapping}
        for v in variants:
            if isinstance(v, ir.Named) and v.key not in mapped:
                # Implicit mapping: the component name is the discriminator value.
                name = v.key.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
                mapping.append((name, v.key))
        return ir.Discriminator(raw["propertyName"], tuple(mapping))

    def _enum(self, schema: dict[str, Any], site: _Site, types: list[str]) -> ir.TypeRef:
        values = schema["enum"]
        if not isinstance(values, list) or not values:
            raise SpecError(Problem("`enum` must be a non-empty list", site.file, site.pointer + "/enum"))
        nullable = None in values
        values = [v for v in values if v is not None]
        if not values:
            return ir.Const(None)
        if all(isinstance(v, str) for v in values):
            value_kind = "str"
        elif all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            value_kind = "int"
        else:
            # Deduplicated by type too: `Const(True) == Const(1)` as dataclasses.
            consts = tuple(
                {(type(v).__name__, repr(v)): _const(v) for v in values if not isinstance(v, float)}.values()
            )
            if any(isinstance(v, float) for v in values):
                consts += (ir.Scalar("float"),)
            result: ir.TypeRef = consts[0] if len(consts) == 1 else ir.UnionOf(consts)
            return ir.Nullable(result) if nullable else result
        key = f"{site.file}#{site.pointer}"
        if key not in self.types:
            description, field_dep, member_deps = extract_enum(
                schema.get("description"), [str(v) for v in values]
            )
            listed = _extension_deprecations(schema)
            seen: set[str | int] = set()
            members = []
            for v in values:
                if v in seen:
                    continue
                seen.add(v)
                dep = member_deps.get(str(v)) or listed.get(str(v))
                members.append(ir.EnumMember(value=v, deprecated=dep))
            hint = (
                site.hint
                if site.pointer.startswith("/components/schemas/") and site.pointer.count("/") == 3
                else (*site.hint, "enum")
            )
            self._register(
                ir.Enum(
                    key=key,
                    name_hint=hint,
                    members=tuple(members),
                    value_kind=value_kind,  # type: ignore[arg-type]
                    description=description or site.fallback,
                    deprecated=self._deprecation(schema, field_dep),
                    pointer=site.pointer,
                )
            )
        named = ir.Named(key)
        return ir.Nullable(named) if nullable else named

    # --- helpers -------------------------------------------------------------------------

    def _register(self, typedef: ir.TypeDef) -> None:
        if typedef.key not in self.types:
            self._order.append(typedef.key)
        self.types[typedef.key] = typedef

    @staticmethod
    def _deprecation(node: Any, from_prose: ir.Deprecation | None) -> ir.Deprecation | None:
        if not isinstance(node, dict):
            return from_prose
        if node.get("deprecated") is True:
            if from_prose is not None:
                return ir.Deprecation(from_prose.message, from_prose.replacement, "keyword")
            return ir.Deprecation(source="keyword")
        ext = node.get("x-deprecated")
        if ext is True or isinstance(ext, (str, dict)):
            message = ext if isinstance(ext, str) else ""
            replacement = ext.get("replacement") if isinstance(ext, dict) else None
            if isinstance(ext, dict):
                message = str(ext.get("message", ""))
            return ir.Deprecation(message, replacement if isinstance(replacement, str) else None, "extension")
        return from_prose


def normalize(doc: Document, options: Options, diagnostics: Diagnostics) -> ir.Api:
    return Normalizer(doc, options, diagnostics).run()


# --- module helpers ----------------------------------------------------------------------------


def _usage(
    operations: list[ir.Operation], webhooks: tuple[ir.Webhook, ...], types: dict[str, ir.TypeDef]
) -> dict[str, set[str]]:
    """Which named types each direction reaches: requests skip read-only fields, responses
    skip write-only ones. Error bodies and webhook payloads are received, like responses."""
    usage: dict[str, set[str]] = {}

    def visit(ref: ir.TypeRef | None, direction: str) -> None:
        stack = [ref]
        while stack:
            t = stack.pop()
            if t is None or isinstance(t, (ir.Scalar, ir.Const)):
                continue
            if isinstance(t, (ir.Array,)):
                stack.append(t.item)
            elif isinstance(t, ir.Map):
                stack.append(t.value)
            elif isinstance(t, ir.Nullable):
                stack.append(t.inner)
            elif isinstance(t, ir.UnionOf):
                stack.extend(t.variants)
            elif isinstance(t, ir.Named):
                seen = usage.setdefault(t.key, set())
                if direction in seen:
                    continue
                seen.add(direction)
                typedef = types[t.key]
                if isinstance(typedef, ir.Model):
                    skip = "read_only" if direction == "request" else "write_only"
                    stack.extend(f.type for f in typedef.fields if not getattr(f, skip))
                    stack.append(typedef.extra)
                elif isinstance(typedef, ir.Alias):
                    stack.append(typedef.target)

    for op in operations:
        for param in op.parameters:
            visit(param.type, "request")
        if op.body is not None:
            visit(op.body.type, "request")
        for response in op.responses:
            visit(response.type, "response")
    for hook in webhooks:
        visit(hook.payload, "response")
    return usage


_DOC_KEYWORDS = frozenset({"description", "example", "examples", "title", "summary", "externalDocs"})


def _shape(schema: Any) -> Any:
    """A schema without its documentation: what decides whether two schemas are the same type."""
    if isinstance(schema, dict):
        return {k: _shape(v) for k, v in schema.items() if k not in _DOC_KEYWORDS and not k.startswith("x-")}
    if isinstance(schema, list):
        return [_shape(v) for v in schema]
    return schema


def _const(value: Any) -> ir.TypeRef:
    """A fixed value as a type: `Literal[...]` holds only strings, integers, booleans and None,
    so a fixed float is a float, and a fixed object or array any JSON value."""
    if isinstance(value, float):
        return ir.Scalar("float")
    if isinstance(value, (list, dict)):
        return ir.Scalar("json")
    return ir.Const(value)


def _enum_of(type_ref: ir.TypeRef, types: dict[str, ir.TypeDef]) -> ir.Enum | None:
    if isinstance(type_ref, ir.Nullable):
        type_ref = type_ref.inner
    if isinstance(type_ref, ir.Named):
        found = types.get(type_ref.key)
        return found if isinstance(found, ir.Enum) else None
    return None


def _types_of(schema: dict[str, Any]) -> list[str]:
    t = schema.get("type")
    if isinstance(t, str):
        return [t]
    if isinstance(t, list):
        return [x for x in t if isinstance(x, str)]
    return []


def _is_nullable(schema: dict[str, Any]) -> bool:
    return schema.get("nullable") is True or "null" in _types_of(schema) and len(_types_of(schema)) > 1


def _needs_name(schema: dict[str, Any]) -> bool:
    """Whether a referenced schema deserves its own named type rather than being inlined."""
    if any(k in schema for k in ("enum", "oneOf", "anyOf", "allOf", "properties")):
        return True
    types = _types_of(schema)
    return "object" in types or "array" in types


def _hint_for_pointer(pointer: str) -> tuple[str, ...]:
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
    if len(parts) >= 3 and parts[0] == "components" and parts[1] == "schemas":
        return tuple(parts[2:]) if len(parts) > 3 else (parts[2],)
    if len(parts) >= 3 and parts[0] == "components":
        return tuple(parts[2:])
    return ()


def _example(primary: dict[str, Any], fallback: dict[str, Any]) -> tuple[Any, bool]:
    for source in (primary, fallback):
        if not isinstance(source, dict):
            continue
        if "example" in source:
            return source["example"], True
        examples = source.get("examples")
        if isinstance(examples, dict) and examples:
            first = next(iter(examples.values()))
            if isinstance(first, dict) and "value" in first:
                return first["value"], True
        if isinstance(examples, list) and examples:
            return examples[0], True
    return None, False


def _extension_deprecations(schema: dict[str, Any]) -> dict[str, ir.Deprecation]:
    """`x-enum-deprecated: [values]` and `x-deprecated-enum: {value: replacement-or-message}`."""
    found: dict[str, ir.Deprecation] = {}
    listed = schema.get("x-enum-deprecated")
    if isinstance(listed, list):
        for v in listed:
            found[str(v)] = ir.Deprecation(source="extension")
    mapped = schema.get("x-deprecated-enum")
    if isinstance(mapped, dict):
        for v, detail in mapped.items():
            if isinstance(detail, dict):
                repl = detail.get("replacement")
                found[str(v)] = ir.Deprecation(
                    str(detail.get("message", "")), repl if isinstance(repl, str) else None, "extension"
                )
            elif isinstance(detail, str) and detail:
                found[str(v)] = ir.Deprecation("", detail, "extension")
            else:
                found[str(v)] = ir.Deprecation(source="extension")
    return found


def _pick_request_media(content: dict[str, Any]) -> tuple[str | None, ir.BodyEncoding]:
    medias = list(content)
    for media in medias:
        if _JSON_MEDIA.match(media) and media != "*/*":
            return media, "json"
    for media in medias:
        if media.startswith("application/x-www-form-urlencoded"):
            return media, "form"
    for media in medias:
        if media.startswith("multipart/"):
            return media, "multipart"
    for media in medias:
        if media.startswith("text/"):
            return media, "text"
    for media in medias:
        if (
            media.startswith(("application/octet-stream", "image/", "audio/", "video/", "application/pdf"))
            or media == "*/*"
        ):
            return media, "binary"
    return None, "json"


def _pick_response_media(content: dict[str, Any]) -> str:
    medias = list(content)
    for media in medias:
        if _JSON_MEDIA.match(media) and media != "*/*":
            return media
    return medias[0]
