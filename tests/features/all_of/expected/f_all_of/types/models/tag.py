from __future__ import annotations

import typing_extensions

Tag: typing_extensions.TypeAlias = str
"""A nullable string narrowed to a non-null one by a second member."""
