"""Stage 3, normalize: the loaded OpenAPI document as the IR (`ir.py`).

The only stage that reads a document's structure (`oneOf`, `nullable`, `in: query`...; the
words themselves are in `generator/openapi.py`). Types get stable keys (the JSON pointer of
their schema) and name hints (the words a name will be built from); `naming` turns hints into
identifiers later. Anything that cannot be represented faithfully is a `SpecError` with its
pointer, never a silent `Any`.

One module per part of a document:

- schemas -> types: `schemas` (references, arrays, the entry point), `scalars`, `objects`
  (models, `allOf`), `choices` (unions, enums), with the named types kept in a
  `registry.TypeRegistry`;
- operations: `operations` (paths, placement in the resource tree), `parameters`, `bodies`,
  `responses`;
- the API level: `servers`, `security`, `webhooks`, assembled below;
- shared: `context` (options, where a schema sits, examples), `deprecation` (every way a spec
  says something is deprecated).
"""

from __future__ import annotations

from .. import ir
from ..errors import Diagnostics, pointer_escape
from ..load import Document
from ..text import clean
from . import security
from .context import Options, Reader, Site
from .operations import operations
from .registry import TypeRegistry
from .schemas import Schemas
from .servers import servers
from .webhooks import webhooks

__all__ = ["Options", "normalize"]


def normalize(doc: Document, options: Options, diagnostics: Diagnostics) -> ir.Api:
    types = TypeRegistry()
    reader = Reader(doc, options, diagnostics, Schemas(doc, diagnostics, types))
    root = doc.root
    info = root.get("info") or {}
    api_servers = tuple(servers(diagnostics, root.get("servers"), doc.name, "/servers"))
    default = next((s.url.rstrip("/") for s in api_servers if s.absolute), "")
    ops = tuple(operations(reader, default))
    # Every component schema is part of the SDK, used by an operation or not.
    for name in (root.get("components") or {}).get("schemas") or {}:
        pointer = "/components/schemas/" + pointer_escape(name)
        reader.schemas.type_of(
            {"$ref": "#" + pointer}, Site(doc.name, pointer, (name,), f"the `{name}` schema")
        )
    hooks = tuple(webhooks(reader))
    used = {name for op in ops for req in op.security or () for name in req.schemes}
    return ir.Api(
        title=str(info.get("title", "")),
        version=str(info.get("version", "")),
        description=clean(info.get("description")),
        servers=api_servers,
        types=types.finish(ops, hooks),
        operations=ops,
        security_schemes=tuple(security.schemes(reader, used)),
        webhooks=hooks,
    )
