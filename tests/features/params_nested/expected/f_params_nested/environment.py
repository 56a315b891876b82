"""The servers this SDK can talk to."""

import enum


class Environment(enum.Enum):
    """A named base URL; pass `base_url=` to `Client` for any other server."""

    LOCAL = "http://127.0.0.1"
