from __future__ import annotations

import typing

import typing_extensions

from .event_variant1 import EventVariant1
from .order_paid import OrderPaid

Event: typing_extensions.TypeAlias = typing.Union[OrderPaid, EventVariant1]
"""The `Event` schema."""
