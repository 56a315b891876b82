"""Form fields (`application/x-www-form-urlencoded`) written as the spec's `encoding` says.

The styles' rules are `_form_styles` (copied from the generator, which writes its curl
samples and reads forms in its mock by the same file); this module gives them the SDK's
own text for scalars and JSON for what the standard library cannot write.
"""

from __future__ import annotations

import typing

from ._base_client import _json_default, _text
from ._form_styles import FormWriter, Pair, Styles
from ._types import NotGiven

_WRITER = FormWriter(_text, _json_default)


def encode_form(
    values: typing.Mapping[str, object], styles: Styles
) -> typing.List[Pair]:
    """The `(name, value)` pairs of a form body, before percent-encoding."""
    given = {k: v for k, v in values.items() if not isinstance(v, NotGiven)}
    return _WRITER.pairs(given, styles)
