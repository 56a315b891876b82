"""Stage 4, name: every Python identifier and module name is decided here, deterministically.

Rules:
- identifiers are ASCII (Python would NFKC-fold non-ASCII names, so two different spec names
  could silently become one); other characters are transliterated or spelled as `u<hex>`;
- keywords, soft keywords and names that would shadow what generated code relies on get a
  trailing underscore; names that would be empty or start with a digit get a prefix;
- collisions are resolved in a stable order (document order, components before inline
  schemas) with numeric suffixes, so the same spec always gives the same names.

`name_api` fills in the IR's `name` fields, one module per namespace: `words` (splitting,
casing, `Registry`), `reserved` (what generated code already uses), `types` (classes, modules,
fields, enum members), `operations` (methods, keyword arguments, module constants, job
results), `resources` (the `client.<a>.<b>` tree) and `client` (package, credentials,
`Environment` members). Later stages take every identifier from these fields.
"""

from __future__ import annotations

import dataclasses

from .. import ir
from .client import (
    LOCAL_ENVIRONMENT,
    credential_names,
    environment_name,
    identifier_problem,
    name_credentials,
    name_servers,
    package_name,
    package_problem,
)
from .operations import name_job_results, name_operations
from .resources import build_tree
from .types import enum_member_name, name_types, references
from .words import Registry, attribute_name, is_plain_key, pascal, safe, snake, words

__all__ = [
    "LOCAL_ENVIRONMENT",
    "attribute_name",
    "credential_names",
    "enum_member_name",
    "environment_name",
    "identifier_problem",
    "is_plain_key",
    "name_api",
    "package_name",
    "package_problem",
    "pascal",
    "references",
    "snake",
    "words",
]


def name_api(api: ir.Api, *, client_names: tuple[str, str], python_keys: bool = False) -> ir.Api:
    classes = Registry(client_names)
    modules = Registry({"__init__"})
    api = dataclasses.replace(api, types=name_types(api.types, classes, modules, python_keys))
    api = dataclasses.replace(api, operations=name_operations(api))
    api = dataclasses.replace(api, operations=name_job_results(api, classes, modules))
    parsers = Registry()
    webhooks = tuple(
        dataclasses.replace(hook, name=parsers.claim(safe(snake(["parse", hook.key]), set(), "parse")))
        for hook in api.webhooks
    )
    return dataclasses.replace(
        api,
        webhooks=webhooks,
        resources=build_tree(api.operations),
        servers=name_servers(api.servers),
        security_schemes=name_credentials(api.security_schemes),
    )
