from __future__ import annotations

import typing_extensions

from .configurations import Configurations


class LockdownsCreateBody(typing_extensions.TypedDict):
    """The request body of `POST /lockdowns`."""

    configurations: Configurations
    """A list whose schema also carries the items' `anyOf` (object shapes without a type): a list meets every branch, so it is typed by `type: array`."""
