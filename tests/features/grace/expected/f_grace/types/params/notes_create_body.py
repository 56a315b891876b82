from __future__ import annotations

import typing_extensions

NotesCreateBody = typing_extensions.TypedDict(
    "NotesCreateBody",
    {
        "note-text": "str",
        "tag": "typing_extensions.NotRequired[str]",
    },
)
"""The request body of `POST /notes`."""
