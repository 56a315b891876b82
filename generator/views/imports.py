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
        if other is NONE or other is self:
            return self
        return other if self is NONE else union((self, other))

    def of(self, module: str) -> list[str]:
        """The names to import from one of the SDK's modules, sorted."""
        return sorted(name for source, name in self.names if source == module)


NONE = Imports()
# Equal values share one object: a big SDK has thousands of annotations and methods, and
# their imports (type keys aside) are a few dozen different sets.
_INTERNED: dict[Imports, Imports] = {NONE: NONE}


def _interned(imports: Imports) -> Imports:
    return _INTERNED.setdefault(imports, imports)


def modules(*names: str) -> Imports:
    return _interned(Imports(modules=frozenset(names)))


def names(module: str, *imported: str) -> Imports:
    return _interned(Imports(names=frozenset((module, name) for name in imported)))


def types(*keys: str) -> Imports:
    return Imports(types=frozenset(keys))


def union(parts: Iterable[Imports]) -> Imports:
    found, joined = NONE, False
    for part in parts:
        if part is NONE or part is found:
            continue
        if found is NONE:
            found = part
        elif not (part.modules <= found.modules and part.names <= found.names and part.types <= found.types):
            found = Imports(found.modules | part.modules, found.names | part.names, found.types | part.types)
            joined = True
    # The type keys make a type module's imports its own: only the others are worth sharing.
    return _interned(found) if joined and not found.types else found
