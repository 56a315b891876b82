from __future__ import annotations

import datetime
import typing

import typing_extensions

ProfilesUpdateBody = typing_extensions.TypedDict(
    "ProfilesUpdateBody",
    {
        "name": "str",
        "nickname": "typing.Optional[str]",
        "bio": "typing_extensions.NotRequired[str]",
        "website": "typing_extensions.NotRequired[typing.Optional[str]]",
        "born": "typing_extensions.NotRequired[typing.Union[datetime.date, str]]",
        "class": "typing_extensions.NotRequired[str]",
        "content-type": "typing_extensions.NotRequired[str]",
    },
)
"""The request body of `PUT /profiles`.


Keys:
- `name`: Required, never null.
- `nickname`: Required, may be null.
- `bio`: Optional, never null.
- `website`: Optional, may be null.
- `class`: A keyword as a property name.
- `content-type`: Not an identifier."""
