"""What a piece of generated code needs imported, as data: views collect it from the
annotations they write, and templates print it. Nothing reads it back from generated text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class Imports:
    modules: frozenset[str] = frozenset()
    """Modules imported whole (`import typing`): typing, typing_extensions, datetime, uuid, pydantic."""
    names: frozenset[tuple[str, str]] = frozenset()
    """(module of the SDK, name) pairs: `("_types", "JsonValue")`, `("types", "models")`."""
    types: frozenset[str] = frozenset()
    """Keys of the named types referred to (a type module imports them from their modules)."""

    def __or__(self, other: Imports) -> Imports:
        return Imports(self.modules | other.modules, self.names | other.names, self.types | other.types)

    def of(self, module: str) -> list[str]:
        """The names to import from one of the SDK's modules, sorted."""
        return sorted(name for source, name in self.names if source == module)


NONE = Imports()


def modules(*names: str) -> Imports:
    return Imports(modules=frozenset(names))


def names(module: str, *imported: str) -> Imports:
    return Imports(names=frozenset((module, name) for name in imported))


def union(parts: Iterable[Imports]) -> Imports:
    found = NONE
    for part in parts:
        found = found | part
    return found
