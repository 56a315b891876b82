"""The servers this SDK can talk to."""

import enum


class Environment(enum.Enum):
    """A named base URL; pass `base_url=` to `Client` for any other server."""

    PRODUCTION = "http://localhost/api/v2"
    """The API, by version.

    The spec writes this URL as `http://{host}/api/{version}`, with
    `host` = `localhost`, `version` = `v2` (the spec also allows `v1`); pass `base_url=`
    for other values."""
    SERVER_2 = "https://staging.example.com/api/v2"
