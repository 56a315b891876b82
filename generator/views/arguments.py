"""The keyword arguments of a generated method (`Arg`): its parameters, then its body's
properties (a flattened body) or the body itself, required ones first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import ir
from . import imports
from .annotations import Annotation, Annotator, union
from .imports import Imports

_NOT_GIVEN = Annotation("NotGiven", imports.names("_types", "NOT_GIVEN", "NotGiven"))
_BINARY_BODY = union(Annotation("bytes"), Annotation("typing.IO[bytes]", imports.modules("typing")))


@dataclass(frozen=True)
class Arg:
    """One keyword argument of a generated method."""

    name: str
    wire: str
    location: str
    """path, query, header, cookie, body (a flattened property), body_whole, file."""
    annotated: Annotation
    required: bool
    description: str
    deprecated: ir.Deprecation | None
    example: Any = None
    has_example: bool = False
    shown: bool = False
    """Optional, yet the example passes it: the first branch of a choice requires it."""
    deprecated_values: tuple[ir.EnumMember, ...] = ()
    """Deprecated members of the argument's enum, for the docs."""
    type_ref: ir.TypeRef = ir.Scalar("json")
    """The argument's IR type."""
    removed: str | None = None
    """The release that removed it from the API (accepted, never sent: see `generator/grace.py`)."""

    @property
    def annotation(self) -> str:
        return self.annotated.text

    @property
    def signed(self) -> Annotation:
        """The annotation in the method signature: optional arguments also take `NOT_GIVEN`."""
        return self.annotated if self.required else union(self.annotated, _NOT_GIVEN)

    @property
    def signature(self) -> str:
        return self.signed.text

    @property
    def imports(self) -> Imports:
        """What its signature needs imported."""
        return self.annotated.imports if self.required else self.annotated.imports | _NOT_GIVEN.imports

    @property
    def doc(self) -> str:
        """Its description, else where it goes on the wire: a docstring line for every argument."""
        if self.description:
            return self.description
        if self.location == "body_whole":
            return "The request body."
        if self.location == "body":
            return f"`{self.wire}` in the request body."
        if self.location == "file":
            return f"The `{self.wire}` file part of the request body."
        return f"The `{self.wire}` {self.location} parameter."


def arguments(api: ir.Api, op: ir.Operation, annotate: Annotator) -> tuple[Arg, ...]:
    """Required first, each group in spec order: the call sites read top-down. `annotate` is
    the request side's (qualified) annotator."""
    args = [_parameter(api, annotate, p) for p in op.parameters]
    body = op.body
    model = api.model(body.type, aliases=False) if body is not None and body.flatten else None
    if body is not None and model is not None:
        names = dict(body.arg_names)
        args.extend(
            _property(api, annotate, body, names[f.wire_name], f) for f in model.fields if not f.read_only
        )
    elif body is not None:
        args.append(
            Arg(
                name=body.name,
                wire="",
                location="body_whole",
                annotated=_BINARY_BODY if body.encoding == "binary" else annotate(body.type),
                required=body.required,
                description=body.description,
                deprecated=None,
                example=body.example,
                has_example=body.has_example,
                type_ref=body.type,
            )
        )
    args.sort(key=lambda a: not a.required)
    return tuple(args)


def _parameter(api: ir.Api, annotate: Annotator, p: ir.Parameter) -> Arg:
    return _described(api, annotate, p, p.name, p.location)


def _property(api: ir.Api, annotate: Annotator, body: ir.Body, name: str, f: ir.Field) -> Arg:
    location = "file" if body.encoding == "multipart" and is_file(f.type) else "body"
    return _described(api, annotate, f, name, location)


def _described(
    api: ir.Api, annotate: Annotator, item: ir.Parameter | ir.Field, name: str, location: str
) -> Arg:
    """An argument for a parameter or a body property: its type, documentation and example."""
    return Arg(
        name=name,
        wire=item.wire_name,
        location=location,
        annotated=annotate(item.type),
        required=item.required,
        description=item.description,
        deprecated=item.deprecated,
        example=item.example,
        has_example=item.has_example,
        shown=isinstance(item, ir.Field) and item.shown,
        deprecated_values=deprecated_values(api, item.type),
        type_ref=item.type,
        removed=item.removed,
    )


def deprecated_values(api: ir.Api, ref: ir.TypeRef) -> tuple[ir.EnumMember, ...]:
    """The deprecated members of the enum a value (or a list of values) takes."""
    enum = api.enum(ref, aliases=False, items=True)
    return tuple(m for m in enum.members if m.deprecated) if enum is not None else ()


def is_file(ref: ir.TypeRef) -> bool:
    """A file (or a list of files) of a multipart body."""
    ref = ir.non_null(ref)
    if isinstance(ref, ir.Array):
        ref = ref.item
    return ref == ir.Scalar("binary")
