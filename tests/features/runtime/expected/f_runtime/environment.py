"""The servers this SDK can talk to."""

import enum


class Environment(enum.Enum):
    """A named base URL; pass `base_url=` to `Client` for any other server."""

    PRODUCTION = "https://runtime.example.com/v1"
