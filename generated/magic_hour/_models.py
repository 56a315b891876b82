"""Base classes for generated response models and enums."""

from __future__ import annotations

import enum
import importlib
import sys
import threading
import types
import typing

import pydantic

__all__ = [
    "BaseModel",
    "IntEnum",
    "RecursiveModel",
    "StrEnum",
    "discriminator",
    "import_module",
    "rebuild",
]

T = typing.TypeVar("T")


class BaseModel(pydantic.BaseModel):
    """A response model: unknown fields the server sends are kept, not dropped.

    Read them as attributes or from `model_extra`; `model_dump()` returns them too.
    """

    model_config = pydantic.ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        arbitrary_types_allowed=False,
    )


class RecursiveModel(BaseModel):
    """A model of a group that refer to each other: its schema is built by `rebuild()` once the
    module defines the whole group, not class by class."""

    model_config = pydantic.ConfigDict(defer_build=True)


class StrEnum(str, enum.Enum):
    """A string enum that is also a plain `str`, and that survives values it does not know.

    A value the server added after this SDK was generated parses into a member named
    `UNKNOWN` carrying the raw value, instead of failing the whole response.
    """

    @classmethod
    def _missing_(cls, value: object) -> typing.Optional[StrEnum]:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)


class IntEnum(int, enum.Enum):
    """An integer enum that is also a plain `int`, and survives values it does not know."""

    @classmethod
    def _missing_(cls, value: object) -> typing.Optional[IntEnum]:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)


def discriminator(
    field: str, mapping: typing.Mapping[str, str]
) -> pydantic.Discriminator:
    """Pick a union's variant by the value of `field` (`mapping`: value -> variant tag, the
    variant's class name); an instance already built is its own class."""

    def pick(value: object) -> typing.Optional[str]:
        if isinstance(value, pydantic.BaseModel):
            return type(value).__name__
        raw = value.get(field) if isinstance(value, dict) else None
        return mapping.get(str(raw)) if raw is not None else None

    return pydantic.Discriminator(pick)


def rebuild(*models: typing.Type[pydantic.BaseModel]) -> None:
    """Build the schemas of a module's models that refer to each other (`RecursiveModel`s).

    pydantic builds a schema by recursion through every model it reaches, so a long cycle of
    references (A -> B -> ... -> Z -> A) can pass Python's recursion limit: the models are
    built where there is room for it.
    """

    def build() -> None:
        for model in models:
            model.model_rebuild()

    _deep(build)


def import_module(name: str) -> types.ModuleType:
    """`importlib.import_module`, with room for a long chain of modules importing each other
    (a model whose field's model's field's ... model lives in another module each time).
    """
    try:
        return importlib.import_module(name)
    except RecursionError:
        return _deep(lambda: importlib.import_module(name))


def _deep(fn: typing.Callable[[], T]) -> T:
    """`fn()` in a thread with a deep stack and a recursion limit to match."""
    result: typing.List[T] = []
    failed: typing.List[BaseException] = []

    def run() -> None:
        try:
            result.append(fn())
        except BaseException as exc:  # noqa: BLE001 - raised again below
            failed.append(exc)

    limit, stack = sys.getrecursionlimit(), threading.stack_size()
    threading.stack_size(
        256 * 1024 * 1024
    )  # virtual memory: only what is used is touched
    try:
        thread = threading.Thread(target=run, name="sdk-deep")
        sys.setrecursionlimit(max(limit, 50_000))
        thread.start()
    finally:
        threading.stack_size(stack)
    try:
        thread.join()
    finally:
        sys.setrecursionlimit(limit)
    if failed:
        raise failed[0]
    return result[0]
