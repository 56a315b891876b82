"""Base classes for generated response models and enums."""

from __future__ import annotations

import enum
import typing

import pydantic

__all__ = ["BaseModel", "IntEnum", "StrEnum", "discriminator"]


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


def discriminator(field: str, mapping: typing.Mapping[str, str]) -> pydantic.Discriminator:
    """Pick a union's variant by the value of `field` (`mapping`: value -> variant tag, the
    variant's class name); an instance already built is its own class."""

    def pick(value: object) -> typing.Optional[str]:
        if isinstance(value, pydantic.BaseModel):
            return type(value).__name__
        raw = value.get(field) if isinstance(value, dict) else None
        return mapping.get(str(raw)) if raw is not None else None

    return pydantic.Discriminator(pick)
