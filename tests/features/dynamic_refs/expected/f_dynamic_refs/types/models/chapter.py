from __future__ import annotations

import typing

from ..._models import BaseModel


class Chapter(BaseModel):
    """A second `section` anchor; the outline's own reference is the enclosing one."""

    heading: typing.Optional[str] = None
