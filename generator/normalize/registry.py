"""The named types of a run, by key (the JSON pointer of their schema).

Types are registered in the order they are first met, which is the order the SDK lists them.
A key is "being built" while its schema is read: a reference back to it is recursion, and
stays a plain `ir.Named` reference instead of being read again.
"""

from __future__ import annotations

import contextlib
import dataclasses
from typing import Iterable, Iterator

from .. import ir


class TypeRegistry:
    def __init__(self) -> None:
        self._types: dict[str, ir.TypeDef] = {}
        self._order: list[str] = []
        self._building: set[str] = set()

    def __contains__(self, key: str) -> bool:
        return key in self._types

    def get(self, key: str) -> ir.TypeDef | None:
        return self._types.get(key)

    def known(self, key: str) -> bool:
        """Registered, or being built: a reference to it needs no reading."""
        return key in self._types or key in self._building

    @contextlib.contextmanager
    def building(self, key: str) -> Iterator[None]:
        self._building.add(key)
        try:
            yield
        finally:
            self._building.discard(key)

    def register(self, typedef: ir.TypeDef) -> None:
        if typedef.key not in self._types:
            self._order.append(typedef.key)
        self._types[typedef.key] = typedef

    def unwrap(self, ref: ir.TypeRef, **unwrapping: bool) -> ir.TypeRef:
        """See `ir.unwrap`, as far as the types are registered."""
        return ir.unwrap(ref, self._types, **unwrapping)

    def definition(self, ref: ir.TypeRef, **unwrapping: bool) -> ir.TypeDef | None:
        """The named type behind a reference, as far as it is registered (see `ir.unwrap`)."""
        return ir.definition(ref, self._types, **unwrapping)

    def finish(
        self, operations: Iterable[ir.Operation], webhooks: Iterable[ir.Webhook]
    ) -> tuple[ir.TypeDef, ...]:
        """Every type, in order, with its usage: whether requests, responses or both reach it."""
        usage = _usage(operations, webhooks, {k: self._types[k] for k in self._order})
        return tuple(dataclasses.replace(self._types[k], usage=frozenset(usage[k])) for k in self._order)


def _usage(
    operations: Iterable[ir.Operation], webhooks: Iterable[ir.Webhook], types: dict[str, ir.TypeDef]
) -> dict[str, set[str]]:
    """Which named types each direction reaches: requests skip read-only fields, responses
    skip write-only ones. Error bodies and webhook payloads are received, like responses."""
    usage: dict[str, set[str]] = {}

    def visit(ref: ir.TypeRef | None, direction: str) -> None:
        stack = [ref]
        while stack:
            t = stack.pop()
            if t is not None and not isinstance(t, ir.Named):
                stack.extend(ir.parts(t))
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
    for key in list(types):
        if key not in usage:
            # Reached by nothing (a component listed for its own sake): a response model, and
            # so is everything it refers to, which may otherwise only be a request's.
            visit(ir.Named(key), "response")
    return usage
