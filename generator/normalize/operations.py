"""`paths` -> `ir.Operation`s: where each operation goes in the resource tree (its name hints),
its parameters, body, responses, security requirements and own server."""

from __future__ import annotations

import dataclasses
from typing import Any, Iterable

from .. import ir
from ..errors import pointer_escape
from ..text import clean
from . import security
from .bodies import body
from .context import Options, Reader, described, path_operations
from .parameters import parameters
from .responses import Responses
from .servers import own_server

_VERBS = {"post": "create", "put": "update", "patch": "update", "delete": "delete"}


def operations(reader: Reader, default_server: str) -> Iterable[ir.Operation]:
    """Every operation, in document order; `default_server` is the API's first absolute URL."""
    doc = reader.doc
    responses = Responses(reader)
    for path, item, method, op in path_operations(doc, doc.root.get("paths"), doc.name, "/paths"):
        pointer = f"{item.pointer}/{method}"
        shared = item.value.get("parameters") or []
        operation = _operation(reader, responses, path, method, op, shared, item.file, pointer)
        if "servers" in op:
            servers, servers_ptr = op["servers"], pointer + "/servers"
        else:
            servers, servers_ptr = item.value.get("servers"), item.pointer + "/servers"
        server = own_server(reader.diag, servers, item.file, servers_ptr, default_server)
        yield dataclasses.replace(operation, server=server) if server else operation


def _operation(
    reader: Reader,
    responses: Responses,
    path: str,
    method: str,
    op: dict[str, Any],
    shared_params: list[Any],
    file: str,
    pointer: str,
) -> ir.Operation:
    resource, action = placement(reader.options, path, method, op)
    hint = (*resource, action)
    key = f"{method.upper()} {path}"
    params = parameters(reader, shared_params, op.get("parameters") or [], file, pointer, hint)
    request = body(reader, op.get("requestBody"), file, pointer + "/requestBody", hint, key)
    answers = responses.read(op.get("responses") or {}, file, pointer, hint, key)
    _check_callbacks(reader, op.get("callbacks"), file, pointer + "/callbacks")
    description, deprecated = described(op)
    op_id = op.get("operationId")
    return ir.Operation(
        key=key,
        method=method.upper(),
        # Some specs tell two operations on one URL apart by a `#fragment` in the path key
        # (`/oauth2/token#refresh`): it names the method but is never sent.
        path=path.partition("#")[0],
        resource=resource,
        action=action,
        operation_id=op_id if isinstance(op_id, str) and op_id else None,
        tags=tuple(str(t) for t in op.get("tags") or [] if isinstance(t, (str, int, float))),
        summary=clean(op.get("summary")),
        description=description,
        deprecated=deprecated,
        parameters=params,
        body=request,
        responses=answers,
        security=security.requirements(
            op["security"] if "security" in op else reader.doc.root.get("security")
        ),
        pointer=pointer,
    )


def _check_callbacks(reader: Reader, callbacks: Any, file: str, pointer: str) -> None:
    """Callbacks are requests the API sends to its users, not calls a client makes: the SDK
    has no method for them. One with a body is left out with a warning, so nobody expects
    its payload to be typed; one without carries nothing to type."""
    if not isinstance(callbacks, dict):
        return
    for name, raw in callbacks.items():
        loc = reader.doc.deref(raw, file, f"{pointer}/{pointer_escape(name)}")
        for _, item, method, cb in path_operations(reader.doc, loc.value, loc.file, loc.pointer):
            if cb.get("requestBody"):
                reader.diag.warn(
                    f"the `{name}` callback (a request the API sends, not a client call) is left "
                    "out: its body is not typed",
                    pointer=f"{item.pointer}/{method}/requestBody",
                    file=item.file,
                )


def placement(options: Options, path: str, method: str, op: dict[str, Any]) -> tuple[tuple[str, ...], str]:
    """The resource an operation belongs to and its method's name, as hints for `naming`."""
    base, _, fragment = path.partition("#")
    segments = [s for s in base.strip("/").split("/") if s]
    statics = [s for s in segments if not (s.startswith("{") and s.endswith("}"))]
    if fragment:  # `/oauth2/token#refresh`: a resource of its own below the URL's
        statics.append(fragment)
    op_id = op.get("operationId") if isinstance(op.get("operationId"), str) else None
    if options.grouping == "tags":
        tags = op.get("tags") or []
        resource: tuple[str, ...] = (str(tags[0]),) if tags else ("default",)
        return resource, op_id or " ".join([method, *statics])
    resource = tuple(statics) or ("root",)
    if options.method_names == "operation_id" and op_id:
        return resource, op_id
    ends_with_param = bool(segments) and segments[-1].startswith("{")
    if method == "get":
        return resource, "get" if ends_with_param else "list"
    return resource, _VERBS.get(method, method)
