from __future__ import annotations

import typing_extensions

from .animal import Animal

Described: typing_extensions.TypeAlias = Animal
"""A ref wrapped in allOf to carry a description."""
