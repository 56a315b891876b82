"""The IR as a whole (`Api`), its resource tree and servers, and the questions it answers."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Iterator

from .operations import Operation, SecurityScheme, Upload, Webhook
from .types import Enum, Model, TypeDef, TypeRef, definition, steps, unwrap


@dataclass(frozen=True)
class Resource:
    """A node of `client.<a>.<b>`: its own operations and its sub-resources."""

    path: tuple[str, ...]
    operations: tuple[Operation, ...]
    children: tuple[Resource, ...]
    name: str = ""
    """Attribute name on the parent, set by `naming`."""
    class_name: str = ""
    module: str = ""
    """Dotted module path under `resources`, set by `naming`."""


@dataclass(frozen=True)
class ServerVariable:
    name: str
    default: str
    enum: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Server:
    url: str
    """The URL with every variable at its default: what the SDK sends to."""
    description: str = ""
    template: str = ""
    """The URL as the spec writes it, `{name}` for each variable."""
    variables: tuple[ServerVariable, ...] = ()
    name: str = ""
    """Its member of the SDK's `Environment` (`PRODUCTION`), set by `naming` for the servers
    the SDK can send to (absolute ones)."""

    @property
    def absolute(self) -> bool:
        """Whether the SDK can send to it (a relative URL is relative to wherever the spec was
        published)."""
        return self.url.startswith(("http://", "https://"))


@dataclass(frozen=True)
class Api:
    """The whole SDK, and the questions later stages ask of it (types, operations and
    resources by key, what a type reference stands for)."""

    title: str
    version: str
    description: str
    servers: tuple[Server, ...]
    types: tuple[TypeDef, ...]
    operations: tuple[Operation, ...]
    security_schemes: tuple[SecurityScheme, ...] = ()
    webhooks: tuple[Webhook, ...] = ()
    resources: Resource | None = None
    upload: Upload | None = None
    """The config's upload of local files, when it names one."""
    """The resource tree; built by `naming` once operations have names."""

    def type(self, key: str) -> TypeDef:
        return self.type_index[key]

    def operation(self, key: str) -> Operation:
        """The operation `METHOD /path` (a `KeyError` when there is none: see `has_operation`)."""
        return self._operations[key]

    def has_operation(self, key: str) -> bool:
        return key in self._operations

    def unwrap(self, ref: TypeRef, *, aliases: bool = True, items: bool = False) -> TypeRef:
        """See `ir.unwrap`."""
        return unwrap(ref, self.type_index, aliases=aliases, items=items)

    def steps(self, ref: TypeRef, *, aliases: bool = True, items: bool = False) -> Iterator[TypeRef]:
        """See `ir.steps`."""
        return steps(ref, self.type_index, aliases=aliases, items=items)

    def definition(self, ref: TypeRef | None, *, aliases: bool = True, items: bool = False) -> TypeDef | None:
        """The named type behind a reference, or None (see `ir.unwrap`)."""
        return definition(ref, self.type_index, aliases=aliases, items=items)

    def model(self, ref: TypeRef | None, *, aliases: bool = True, items: bool = False) -> Model | None:
        """The model behind a reference (nullable or through aliases), or None."""
        found = definition(ref, self.type_index, aliases=aliases, items=items)
        return found if isinstance(found, Model) else None

    def enum(self, ref: TypeRef | None, *, aliases: bool = True, items: bool = False) -> Enum | None:
        """The enum behind a reference, or None."""
        found = definition(ref, self.type_index, aliases=aliases, items=items)
        return found if isinstance(found, Enum) else None

    def resource_of(self, operation_key: str) -> Resource:
        """The node of the resource tree that holds an operation (the tree comes from `naming`)."""
        return self._resources[operation_key]

    @functools.cached_property
    def type_index(self) -> dict[str, TypeDef]:
        return {t.key: t for t in self.types}

    @functools.cached_property
    def _operations(self) -> dict[str, Operation]:
        return {op.key: op for op in self.operations}

    @functools.cached_property
    def _resources(self) -> dict[str, Resource]:
        index: dict[str, Resource] = {}
        stack = [self.resources] if self.resources is not None else []
        while stack:
            node = stack.pop()
            index.update((op.key, node) for op in node.operations)
            stack.extend(node.children)
        return index
