from __future__ import annotations

import typing

from ..._models import BaseModel


class Person(BaseModel):
    """The `Person` schema."""

    name: str
    employer: typing.Optional[Company] = None


class Company(BaseModel):
    """The `Company` schema."""

    name: str
    employees: typing.Optional[typing.List[Person]] = None
