"""One generated method (`Method`): the IR operation plus what its code, docstring and docs
page print (argument list, return type, how the request is encoded, its generate() twin)."""

from __future__ import annotations

import keyword
from dataclasses import dataclass
from typing import Any

from .. import contract, escape, ir, pagination
from ..examples import Examples
from . import deprecations, docs, imports
from .annotations import Annotation, Annotator, Qualified, union, wrap
from .arguments import Arg, arguments
from .docs import ParamRow
from .imports import Imports
from .jobs import JobView, job_view

_RESPONSE_TYPE = imports.names("_base_client", "ResponseType")
_UNPACK = imports.modules("typing_extensions") | imports.names("_base_client", "check_body")
_DEPRECATION = imports.names("_deprecation", "Rule", "warn_deprecated")
_WITHOUT = imports.names("_deprecation", "without")
_WIRE = imports.names("_types", "WireNames", "to_wire")
_WireTable = dict[str, tuple[str, Any]]
_REQUEST_OPTIONS = imports.names("_types", "RequestOptions")
_PAGES = imports.names("_pagination", "AsyncPager", "Paging", "SyncPage", "request_page")
_FORMS = imports.names("_forms", "encode_form")
_FORMS_PARTS = imports.names("_forms", "encode_parts")
_RAW = {"None": Annotation("None"), "bytes": Annotation("bytes"), "str": Annotation("str")}
# Header parameters that, by common convention, make a write safe to repeat (Stripe, Adyen, the
# IETF draft `Idempotency-Key` header field).
_IDEMPOTENCY_HEADERS = frozenset({"idempotency-key", "x-idempotency-key"})


@dataclass(frozen=True)
class PageView:
    """A list method's paging: `SyncPage[item]`/`AsyncPager[item]` and the runtime's `Paging`."""

    item: str
    """The annotation of one item."""
    paging: str
    """The `Paging(...)` expression the method hands the runtime."""


@dataclass(frozen=True)
class Method:
    """A generated method: the IR operation plus its rendered signature pieces."""

    op: ir.Operation
    args: tuple[Arg, ...]
    returns: str
    cast_to: str
    body_encoding: str | None
    auth: str
    query_styles: tuple[tuple[str, str, bool], ...]
    content_type: str | None
    form_styles: tuple[tuple[str, str, bool], ...] = ()
    """Form fields the spec's `encoding` writes its own way (`_forms.encode_form`; multipart:
    `_forms.encode_parts`)."""
    part_types: tuple[tuple[str, str], ...] = ()
    """Multipart fields not sent as plain text parts, and their content types."""
    job: JobView | None = None
    finish: JobView | None = None
    """The polling method's twin that finishes a job by its id (`check_result`), if any."""
    deprecations: tuple[deprecations.Rule, ...] = ()
    wire_table: Any = None
    """The `WireNames` that turn the JSON body's Python keys into the API's (the runtime's
    `to_wire`), or None when they are the API's already."""
    removed: tuple[tuple[str, ...], ...] = ()
    """Paths into the arguments (an argument's name first) of fields and parameters the API
    removed, kept by the grace period: never sent."""
    """Runtime deprecation rules: (argument name + wire path, value or None, message)."""
    example_args: tuple[tuple[str, str], ...] = ()
    """(keyword, Python literal) pairs for a runnable example call."""
    example_params: bool = False
    """The example's values name TypedDicts (`params.X({...})`): it imports `params`."""
    example_response: Any = None
    rows: tuple[ParamRow, ...] = ()
    """The docs page's parameter table."""
    response_model: str | None = None
    """Module path of the response model under `types/models/`, for docs links."""
    errors: tuple[tuple[str, str], ...] = ()
    """(status, qualified model) of each typed error body: what `ApiError.data` is parsed into."""
    path_styles: tuple[tuple[str, str, bool], ...] = ()
    """(wire name, style, explode) of path parameters that are not `simple`/unexploded."""
    header_styles: tuple[tuple[str, str, bool], ...] = ()
    """Header parameters written exploded (`k=v,k2=v2`); the default is simple, unexploded."""
    unpack: str | None = None
    """The body TypedDict the method takes as `**body`, or None (one keyword per property)."""
    accept: str | None = None
    """The `Accept` header, when the success responses are not plain `application/json` (the
    runtime's default): their media types."""
    page: PageView | None = None
    """Set for a list operation whose responses page."""
    idempotency_header: str | None = None
    """The operation's idempotency header parameter (`Idempotency-Key`): the runtime sends one
    generated key with every attempt of a call that does not pass its own."""
    imports: Imports = imports.NONE
    """What its code needs imported (signature, return type, error map, `generate()`)."""
    returns_async: str = ""
    """The async method's return annotation, where it differs (a stream): else `returns`."""

    @property
    def streams(self) -> bool:
        return self.returns_async != ""

    @property
    def wire_names(self) -> str | None:
        """`wire_table` as a Python literal."""
        return escape.py_literal(self.wire_table) if self.wire_table is not None else None

    @property
    def signature_args(self) -> list[Arg]:
        """The keyword arguments written out in the signature (body ones go in `**body`)."""
        return _signature_args(self.args, self.unpack is not None)

    @property
    def deprecation_source(self) -> str:
        """The mapping `warn_deprecated` reads the arguments from."""
        roots = self.deprecation_arguments
        if self.unpack is None:
            return "{" + ", ".join(f"{escape.py_str(n)}: {n}" for n in roots) + "}"
        body_names = {a.name for a in self.args if a.location == "body"}
        extra = [n for n in roots if n not in body_names]
        if not extra:
            return "body"
        return "{**body, " + ", ".join(f"{escape.py_str(n)}: {n}" for n in extra) + "}"

    @property
    def deprecation_arguments(self) -> list[str]:
        """The arguments the deprecation rules look at (only these are passed to the check)."""
        return sorted({path[0] for path, _, _ in self.deprecations if path})

    @property
    def generate_arguments(self) -> list[contract.Argument]:
        """`generate()`'s own arguments (see `generator/contract.py`)."""
        return contract.generate_arguments(self.job is not None and self.job.job.downloads_field is not None)

    @property
    def finish_arguments(self) -> list[contract.Argument]:
        """The `result_method`'s own arguments after the job id (see `generator/contract.py`)."""
        return contract.generate_arguments(
            self.finish is not None and self.finish.job.downloads_field is not None
        )

    @property
    def job_example_extra(self) -> tuple[tuple[str, str], ...]:
        """The `generate()`-only arguments its examples show."""
        return tuple((a.name, a.example) for a in self.generate_arguments if a.example is not None)

    @property
    def finish_example_extra(self) -> tuple[tuple[str, str], ...]:
        """The arguments the `result_method`'s examples show besides the polling method's own."""
        return tuple((a.name, a.example) for a in self.finish_arguments if a.example is not None)

    @property
    def job_arguments(self) -> str:
        """`generate()`'s create arguments as the mapping it hands the runtime."""
        pairs = [f"{escape.py_str(a.name)}: {a.name}" for a in self.signature_args]
        if self.unpack is not None and not pairs:
            return "body"
        return "{" + ", ".join([*pairs, *(["**body"] if self.unpack else [])]) + "}"

    @property
    def body_removed(self) -> tuple[tuple[str, ...], ...]:
        """`removed`'s paths into the `**body` the method takes (its `_REMOVED` constant)."""
        return _body_removed(self.args, self.removed, self.unpack is not None)

    @property
    def stripped(self) -> list[tuple[str, tuple[tuple[str, ...], ...]]]:
        """(argument, paths inside its value) of the written-out arguments that can hold
        removed fields: each is rebound without them before the request is built."""
        return _stripped(self.args, self.removed, self.unpack is not None)

    def at(self, location: str) -> list[Arg]:
        """The arguments sent at `location`: a removed one is accepted, never sent."""
        return [a for a in self.args if a.location == location and a.removed is None]


def method(api: ir.Api, op: ir.Operation, annotators: Qualified) -> Method:
    args = arguments(api, op, annotators.params)
    streamed = _stream_returns(op, annotators.models)
    returned, cast_to = streamed[:2] if streamed else _returns(op, annotators.models)
    returned_async = streamed[2] if streamed else None
    errors = [(r.status, annotators.models(r.type)) for r in op.typed_errors if r.type is not None]
    unpack = _unpack(op, annotators.params)
    job = job_view(api, op, op.job)
    finish = job_view(api, op, op.finishes)
    rules = deprecations.rules(api, op, args)
    removed = deprecations.removed_paths(api, op, args)
    wire_names = _wire_names(api, op, unpack is not None)
    needs = [returned.imports, cast_to.imports, _REQUEST_OPTIONS, *(ann.imports for _, ann in errors)]
    if returned_async is not None:
        needs.append(returned_async.imports)
    needs += [a.imports for a in _signature_args(args, unpack is not None)]
    if unpack is not None:
        needs.append(unpack.imports | _UNPACK)
    if job is not None:
        downloads = job.job.downloads_field is not None
        needs.append(job.imports)
        needs += [_runtime(a) for a in contract.generate_arguments(downloads)]
    if finish is not None:
        downloads = finish.job.downloads_field is not None
        needs.append(finish.imports)
        needs += [_runtime(a) for a in contract.generate_arguments(downloads)]
    if rules:
        needs.append(_DEPRECATION)
    page = _page_view(api, op, annotators.models)
    if page is not None:
        needs += [page[1], _PAGES]
    if _body_removed(args, removed, unpack is not None) or _stripped(args, removed, unpack is not None):
        needs.append(_WITHOUT)
    if wire_names is not None:
        needs.append(_WIRE)
    example_args, example_params = _example_args(api, args)
    form_styles = op.body.styles if op.body is not None else ()
    part_types = op.body.part_types if op.body is not None else ()
    if form_styles or part_types:
        needs.append(_FORMS_PARTS if op.body is not None and op.body.encoding == "multipart" else _FORMS)
    return Method(
        op=op,
        args=args,
        returns=returned.text,
        cast_to=cast_to.text,
        body_encoding=op.body.encoding if op.body else None,
        auth=_auth_expr(op.security),
        query_styles=_styles(op, "query", ("form", True)),
        content_type=_content_type(op.body),
        form_styles=form_styles,
        part_types=part_types,
        job=job,
        finish=finish,
        deprecations=rules,
        removed=removed,
        wire_table=wire_names,
        example_args=example_args,
        example_params=example_params,
        example_response=_example_response(api, op, returned.text),
        rows=docs.rows(api, args),
        response_model=_response_model(api, op),
        errors=tuple((status, ann.text) for status, ann in errors),
        path_styles=_styles(op, "path", ("simple", False)),
        header_styles=_styles(op, "header", ("simple", False)),
        unpack=unpack.text if unpack is not None else None,
        accept=_accept(op),
        idempotency_header=_idempotency_header(op),
        page=page[0] if page is not None else None,
        imports=imports.union(needs),
        returns_async=returned_async.text if returned_async is not None else "",
    )


def _wire_names(api: ir.Api, op: ir.Operation, unpacked: bool) -> _WireTable | None:
    """What turns the JSON body the method builds into the API's keys: its own keys are the
    Python names when it takes `**body`, the wire names when it maps its arguments itself."""
    body = op.body
    if body is None or body.encoding != "json":
        return None
    model = api.model(body.type, aliases=False) if body.flatten else None
    if model is None:
        return _table(api, body.type, frozenset())
    table: _WireTable = {}
    for f in model.fields:
        if f.read_only:
            continue
        inner = _table(api, f.type, frozenset({model.key}))
        if unpacked and (f.key != f.wire_name or inner):
            table[f.key] = (f.wire_name, inner)
        elif not unpacked and inner:
            table[f.wire_name] = (f.wire_name, inner)
    return table or None


def _table(api: ir.Api, ref: ir.TypeRef, seen: frozenset[str]) -> _WireTable | None:
    """The `WireNames` of a value of type `ref`, or None when its keys are the API's."""
    for step in api.steps(ref, aliases=True, items=True):
        ref = step
    if isinstance(ref, ir.UnionOf):
        merged: _WireTable = {}
        for variant in ref.variants:
            merged.update(_table(api, variant, seen) or {})
        return merged or None
    model = api.model(ref, aliases=False)
    if model is None or model.key in seen:
        return None  # a recursive schema's deeper levels keep the keys they were given
    table: _WireTable = {}
    for f in model.fields:
        if f.read_only:
            continue
        inner = _table(api, f.type, seen | {model.key})
        if f.key != f.wire_name or inner:
            table[f.key] = (f.wire_name, inner)
    return table or None


def _signature_args(args: tuple[Arg, ...], unpacked: bool) -> list[Arg]:
    """The arguments written out in a signature: all, or those not in the unpacked `**body`."""
    return [a for a in args if not unpacked or a.location not in ("body", "file")]


def _body_removed(
    args: tuple[Arg, ...], removed: tuple[tuple[str, ...], ...], unpacked: bool
) -> tuple[tuple[str, ...], ...]:
    if not unpacked:
        return ()
    inside = {a.name for a in args if a.location in ("body", "file")}
    return tuple(path for path in removed if path[0] in inside)


def _stripped(
    args: tuple[Arg, ...], removed: tuple[tuple[str, ...], ...], unpacked: bool
) -> list[tuple[str, tuple[tuple[str, ...], ...]]]:
    found: dict[str, list[tuple[str, ...]]] = {}
    for a in _signature_args(args, unpacked):
        for path in removed:
            if path[0] == a.name and len(path) > 1:
                found.setdefault(a.name, []).append(path[1:])
    return [(name, tuple(paths)) for name, paths in found.items()]


def _runtime(argument: contract.Argument) -> Imports:
    """What one of `generate()`'s own arguments needs imported."""
    return imports.names("_jobs", *argument.runtime) | imports.modules(*argument.modules)


def _returns(op: ir.Operation, ann: Annotator) -> tuple[Annotation, Annotation]:
    """The return annotation and the `cast_to` argument; several success responses of
    different types return their union, parsed by status."""
    per_status: list[tuple[str, Annotation]] = []
    for r in op.responses:
        if not r.is_success:
            continue
        if r.type is None:
            per_status.append((r.status, _RAW["None"]))
        elif r.is_raw:
            per_status.append((r.status, _RAW["bytes" if r.type == ir.Scalar("binary") else "str"]))
        else:
            per_status.append((r.status, ann(r.type)))
    kinds = list({a.text: a for _, a in per_status}.values())
    if not kinds:
        return _RAW["None"], _RAW["None"]
    if len(kinds) == 1:
        only = kinds[0]
        if only.text in _RAW:
            return only, only
        ref = op.success.type if op.success else None
        wrapper = isinstance(ref, (ir.UnionOf, ir.Nullable, ir.Const, ir.Scalar)) or (
            isinstance(ref, ir.Named) and isinstance(ann.api.type(ref.key), ir.Alias)
        )
        if not wrapper:
            return only, only
        return only, Annotation(f"ResponseType[{only.text}]({only.text})", only.imports | _RESPONSE_TYPE)
    returns = union(*[k for k in kinds if k.text != "None"])
    if any(k.text == "None" for k in kinds):
        returns = wrap("typing.Optional", returns)
    statuses = ", ".join(f"{int(st)}: {t.text}" for st, t in per_status if st.isdigit())
    cast = f"ResponseType[{returns.text}]({returns.text}, {{{statuses}}})"
    return returns, Annotation(cast, returns.imports | _RESPONSE_TYPE)


def _stream_returns(op: ir.Operation, ann: Annotator) -> tuple[Annotation, Annotation, Annotation] | None:
    """For a streamed success body: the sync return annotation (`Stream[Item]`), the `cast_to`
    that reads it, and the async one (`AsyncStream[Item]`). The item is the spec's item type;
    without one, an SSE stream yields its events as they came and ndjson its lines."""
    success = op.success
    if success is None or success.stream is None:
        return None
    if success.type is not None:
        item = ann(success.type)
    else:
        item = Annotation("ServerSentEvent", _streaming("ServerSentEvent"))
    options = ", whole_event=True" if success.whole_event else ""
    cast = f"StreamOf[{item.text}]({item.text}, {escape.py_str(success.stream)}{options})"
    return (
        Annotation(f"Stream[{item.text}]", item.imports | _streaming("Stream")),
        Annotation(cast, item.imports | _streaming("StreamOf")),
        Annotation(f"AsyncStream[{item.text}]", item.imports | _streaming("AsyncStream")),
    )


def _streaming(name: str) -> Imports:
    return imports.names("_streaming", name)


def _unpack(op: ir.Operation, ann: Annotator) -> Annotation | None:
    """The body TypedDict when the method can take the body as `**body: Unpack[...]`.

    That is one line of signature instead of one per property (four times over: sync and
    async, `create()` and `generate()`), and `generate()` then takes literally the same
    type as its `create()`. It needs keys that are plain keyword names, the same as the
    method would have used, clashing with nothing else `generate()` takes.
    """
    body = op.body
    if body is None or not body.flatten or body.encoding not in ("json", "form") or not body.arg_names:
        return None
    if not isinstance(body.type, ir.Named):
        return None
    taken = {a.name for a in contract.GENERATE_ARGUMENTS} if op.job is not None else set()
    model = ann.api.model(body.type, aliases=False)
    keys = {f.wire_name: f.key for f in model.fields} if model is not None else {}
    for wire, name in body.arg_names:
        key = keys.get(wire, wire)
        plain = key.isidentifier() and not keyword.iskeyword(key) and not key.startswith("__")
        if key != name or not plain or key in taken:
            return None
    return ann(body.type)


def _styles(op: ir.Operation, location: str, default: tuple[str, bool]) -> tuple[tuple[str, str, bool], ...]:
    """(wire name, style, explode) of the parameters at `location` not written the default way."""
    return tuple(
        (p.wire_name, p.style, p.explode)
        for p in op.parameters
        if p.location == location and (p.style, p.explode) != default
    )


def _content_type(body: ir.Body | None) -> str | None:
    """The `Content-Type` to send when the runtime cannot tell it from the encoding."""
    if body is not None and body.encoding in ("binary", "text"):
        return body.media_type
    if body is not None and body.encoding == "json" and body.media_type != "application/json":
        return body.media_type
    return None


def _accept(op: ir.Operation) -> str | None:
    produced = list(dict.fromkeys(r.media_type for r in op.responses if r.is_success and r.media_type))
    return ", ".join(produced) if produced and produced != ["application/json"] else None


def _page_view(api: ir.Api, op: ir.Operation, ann: Annotator) -> tuple[PageView, Imports] | None:
    paging = op.paging
    model = api.model(op.success.type if op.success else None, aliases=False)
    if paging is None or model is None:
        return None
    items = model.field(paging.items)
    array = ir.non_null(items.type) if items is not None else None
    if items is None or not isinstance(array, ir.Array):
        return None
    item = ann(array.item)
    path = pagination.field_path(api, model, paging.field) if paging.field else None
    arguments = [escape.py_str(paging.scheme), f"items={escape.py_str(items.name)}"]
    if paging.param:
        arguments.append(f"param={escape.py_str(paging.param)}")
    if path:
        arguments.append(f"field={escape.py_str('.'.join(f.name for f in path))}")
    if paging.limit_param:
        arguments.append(f"limit_param={escape.py_str(paging.limit_param)}")
    return PageView(item.text, f"Paging({', '.join(arguments)})"), item.imports


def _idempotency_header(op: ir.Operation) -> str | None:
    for p in op.parameters:
        if p.location == "header" and p.wire_name.lower() in _IDEMPOTENCY_HEADERS:
            return p.wire_name
    return None


def _example_args(api: ir.Api, args: tuple[Arg, ...]) -> tuple[tuple[tuple[str, str], ...], bool]:
    """The example call's `(keyword, source)` pairs, and whether they name `params`."""
    examples = Examples(api)
    literals = [
        (a.name, docs.example_literal(a, examples))
        for a in args
        # Optional headers only clutter an example, deprecated arguments must not be taught;
        # a required one must be in it all the same (the call does not type-check without it).
        if a.required or a.shown or (a.has_example and a.location != "header" and not a.deprecated)
    ]
    return tuple((name, text) for name, (text, _) in literals), any(named for _, (_, named) in literals)


def _example_response(api: ir.Api, op: ir.Operation, returns: str) -> Any:
    success = op.success
    if success is None or success.type is None or returns in ("bytes", "str") or success.stream:
        return None
    return success.example if success.has_example else Examples(api, "response").of(success.type)


def _response_model(api: ir.Api, op: ir.Operation) -> str | None:
    success = op.success
    if success is not None and isinstance(success.type, ir.Named):
        return f"{api.type(success.type.key).module}.py"
    return None


def _auth_expr(security: tuple[ir.SecurityRequirement, ...] | None) -> str:
    if not security:
        return ""
    reqs = ", ".join(escape.py_literal(tuple(req.schemes)) for req in security)
    # A trailing comma only where a 1-tuple needs it: black explodes a "magic" one.
    return f"({reqs},)" if len(security) == 1 else f"({reqs})"
