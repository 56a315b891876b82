"""What every part of normalize shares: the options, the document being read, where a schema
sits, and the few rules that apply to any object of a spec (examples, deprecation)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterator, NamedTuple

from .. import ir
from ..errors import Diagnostics, pointer_escape
from ..load import Document, Located
from ..openapi import HTTP_METHODS
from . import deprecation

if TYPE_CHECKING:
    from .schemas import Schemas


@dataclass(frozen=True)
class Options:
    grouping: str = "path"
    """"path": resources follow URL segments; "tags": one resource per first tag."""
    method_names: str = "verbs"
    """"verbs": create/get/list/update/delete from the method and path; "operation_id": from
    operationId, falling back to verbs when an operation has none."""


class Site(NamedTuple):
    """Where a schema sits: its file and pointer, and the words its name would be built from.
    (A tuple: a big spec makes one per schema node, and a frozen dataclass costs more to make.)"""

    file: str
    pointer: str
    hint: tuple[str, ...]
    where: str = ""
    """Where the schema sits, in words ("`style` in the request body of `POST /x`"): the
    description of a type the spec left undescribed."""

    def child(self, pointer: str, word: str, where: str) -> Site:
        return Site(self.file, pointer, (*self.hint, word), where)

    @property
    def fallback(self) -> str:
        return self.where[:1].upper() + self.where[1:] + "." if self.where else ""


@dataclass(frozen=True)
class Reader:
    """One normalization run: the document, the options, where warnings go, and the schema
    reader that registers the named types it meets."""

    doc: Document
    options: Options
    diag: Diagnostics
    schemas: Schemas


def path_operations(
    doc: Document, items: Any, file: str, pointer: str
) -> Iterator[tuple[str, Located, str, dict[str, Any]]]:
    """Each operation of a map of path items (`paths`, `webhooks`, a callback): its key in the
    map, its path item, its method and the operation object."""
    for name, raw in items.items() if isinstance(items, dict) else ():
        item = doc.deref(raw, file, f"{pointer}/{pointer_escape(name)}")
        if not isinstance(item.value, dict):
            continue
        for method in HTTP_METHODS:
            op = item.value.get(method)
            if isinstance(op, dict):
                yield name, item, method, op


def example(primary: Any, fallback: Any) -> tuple[Any, bool]:
    """The first example `primary` gives (`example`, else the first of `examples`), else
    `fallback`'s; and whether there was one."""
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


def described(node: Any) -> tuple[str, ir.Deprecation | None]:
    """A node's cleaned description and its deprecation, from its keywords and its prose."""
    text, prose = deprecation.extract(node.get("description") if isinstance(node, dict) else None)
    return text, deprecation.read(node, prose)
