"""A tiny PNG encoder, so mock downloads are real images that any decoder accepts."""

from __future__ import annotations

import struct
import zlib

SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bytes(width: int = 8, height: int = 8, color: tuple[int, int, int] = (64, 128, 192)) -> bytes:
    """An 8-bit RGB image of one flat colour."""
    # Each scanline starts with its filter type; 0 means the bytes are stored as they are.
    row = b"\x00" + bytes(color) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        SIGNATURE
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(row * height))
        + _chunk(b"IEND", b"")
    )


def png_for(name: str) -> bytes:
    """A PNG whose colour is derived from `name`: different files differ, the same file never does."""
    seed = zlib.crc32(name.encode("utf-8"))
    return png_bytes(color=(seed & 0xFF, (seed >> 8) & 0xFF, (seed >> 16) & 0xFF))
