from __future__ import annotations

import typing

import typing_extensions

# A recursive alias: pydantic needs a TypeAliasType, mypy reads the same as a TypeAlias.
if typing.TYPE_CHECKING:
    Expression: typing_extensions.TypeAlias = typing.Union[
        float, typing.List["Expression"]
    ]
else:
    Expression = typing_extensions.TypeAliasType(
        "Expression", typing.Union[float, typing.List["Expression"]]
    )
"""A number or a list of expressions."""
