"""File extension -> upload kind, from the SDK config (`uploads.kinds`)."""

import typing

KINDS: typing.Dict[str, str] = {
    "mp4": "video",
    "m4v": "video",
    "mov": "video",
    "webm": "video",
    "mp3": "audio",
    "wav": "audio",
    "aac": "audio",
    "flac": "audio",
    "m4a": "audio",
    "opus": "audio",
    "ogg": "audio",
    "aiff": "audio",
    "amr": "audio",
    "png": "image",
    "jpg": "image",
    "jpeg": "image",
    "heic": "image",
    "heif": "image",
    "webp": "image",
    "avif": "image",
    "jp2": "image",
    "tiff": "image",
    "bmp": "image",
    "gif": "image",
}
