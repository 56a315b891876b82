"""A mock HTTP server driven by an OpenAPI document, for testing SDKs without the real API.

It routes by the spec's paths, checks auth and validates requests against the schemas, answers
with the spec's examples (or data synthesized from the schemas), runs the config's workflows as
jobs that advance on each poll (the spec's example id of a poll route, like `cuid-example`, names
a finished job that is always there, so documented `get`/`delete` examples work), and injects
faults on demand. Loopback only.
"""

from .app import RecordedRequest
from .server import MockServer, serve_forever

__all__ = ["MockServer", "RecordedRequest", "serve_forever"]
