from __future__ import annotations

import typing

import typing_extensions

from .cidr_configuration import CidrConfiguration
from .ip_configuration import IpConfiguration

Configurations: typing_extensions.TypeAlias = typing.Sequence[
    typing.Union[IpConfiguration, CidrConfiguration]
]
"""A list whose schema also carries the items' `anyOf` (object shapes without a type): a list meets every branch, so it is typed by `type: array`."""
