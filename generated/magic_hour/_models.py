"""Base classes for generated response models and enums."""

from __future__ import annotations

import enum
import functools
import importlib
import sys
import threading
import types
import typing

import pydantic

__all__ = [
    "BaseModel",
    "IntEnum",
    "StrEnum",
    "discriminator",
    "import_module",
    "with_deep_stack",
]

T = typing.TypeVar("T")
_DEEP_THREAD = "sdk-deep"
_deep = False
"""Set once a build has passed the recursion limit: later ones start in the deep thread."""


class BaseModel(pydantic.BaseModel):
    """A response model: unknown fields the server sends are kept, not dropped.

    Read them as attributes or from `model_extra`; `model_dump()` returns them too.
    """

    # A model's validator is built when it is first used, not when its module is imported: a
    # call builds only the models its response reaches. Built eagerly, every model of a large
    # group that refer to each other would carry its own copy of the whole group, a cost that
    # grows with the square of the group's size.
    model_config = pydantic.ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        arbitrary_types_allowed=False,
        defer_build=True,
    )

    @classmethod
    def model_rebuild(
        cls,
        *,
        force: bool = False,
        raise_errors: bool = True,
        _parent_namespace_depth: int = 2,
        _types_namespace: typing.Optional[typing.Mapping[str, typing.Any]] = None,
    ) -> typing.Optional[bool]:
        """pydantic's `model_rebuild()`, resolving names in the model's own module (where the
        generated code puts every type a model refers to) and given room to recurse through
        a long chain of models."""
        namespace = _types_namespace
        if namespace is None:
            namespace = vars(sys.modules[cls.__module__])
        return with_deep_stack(
            functools.partial(
                super().model_rebuild,
                force=force,
                raise_errors=raise_errors,
                _types_namespace=namespace,
            )
        )


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


def import_module(name: str) -> types.ModuleType:
    """`importlib.import_module`, with room for a long chain of modules importing each other
    (a model whose field's model's field's ... model lives in another module each time).
    """
    return with_deep_stack(functools.partial(importlib.import_module, name))


def with_deep_stack(fn: typing.Callable[[], T]) -> T:
    """`fn()`, run again with room to recurse if it passes Python's recursion limit.

    pydantic builds a schema by recursion through every model it reaches, so a long chain of
    references (A -> B -> ... -> Z) can pass the limit; most builds do not, and pay nothing.
    """
    global _deep
    if threading.current_thread().name == _DEEP_THREAD:
        return fn()
    if not _deep:
        try:
            return fn()
        except RecursionError:
            # The models reach far: the next builds likely do too. Starting them in the deep
            # thread saves a doomed first attempt, which costs about as much as the build.
            _deep = True
    return _in_deep_thread(fn)


def _in_deep_thread(fn: typing.Callable[[], T]) -> T:
    """`fn()` in a thread with a deep stack and a recursion limit to match."""
    result: typing.List[T] = []
    failed: typing.List[BaseException] = []

    def run() -> None:
        try:
            result.append(fn())
        except BaseException as exc:  # noqa: BLE001 - raised again below
            failed.append(exc)

    limit, stack = sys.getrecursionlimit(), threading.stack_size()
    # Virtual memory: only the pages the recursion reaches are touched.
    threading.stack_size(256 * 1024 * 1024)
    try:
        thread = threading.Thread(target=run, name=_DEEP_THREAD)
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
