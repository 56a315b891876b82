from __future__ import annotations

import typing_extensions

from .widgets_create_body_config import WidgetsCreateBodyConfig


class WidgetsCreateBody2(typing_extensions.TypedDict):
    """An inline body whose natural name is taken by a component."""

    label: str
    config: typing_extensions.NotRequired[WidgetsCreateBodyConfig]
