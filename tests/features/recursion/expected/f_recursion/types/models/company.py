from __future__ import annotations

import typing

from ..._models import RecursiveModel, rebuild


class Person(RecursiveModel):
    """The `Person` schema."""

    name: str
    employer: typing.Optional[Company] = None


class Company(RecursiveModel):
    """The `Company` schema."""

    name: str
    employees: typing.Optional[typing.List[Person]] = None


rebuild(
    Person,
    Company,
)
