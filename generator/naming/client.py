"""Names around the client: the package, the client classes, the constructor's credential
arguments and the members of `Environment`."""

from __future__ import annotations

import dataclasses
import keyword
import re
import sys

from .. import ir
from . import reserved
from .words import Registry, safe, snake

LOCAL_ENVIRONMENT = "LOCAL"
"""The `Environment` member of a spec with no absolute server (the SDK sends to loopback)."""


def package_problem(name: str) -> str | None:
    """Why `name` cannot be the generated package's import name, or None."""
    if not re.match(r"^[A-Za-z][A-Za-z0-9_]*$", name):
        return "`package` must be a Python identifier (ASCII, not starting with `_`)"
    if keyword.iskeyword(name):
        return f"`package` {name!r} is a Python keyword"
    if name in sys.stdlib_module_names or name in reserved.DEPENDENCIES:
        return f"`package` {name!r} would shadow the module of that name (standard library or a dependency)"
    return None


def package_name(title: str) -> str:
    """The default import name, from the spec's title: `Magic Hour API` -> `magic_hour_api`."""
    words = re.findall(r"[A-Za-z0-9]+", title.lower()) or ["api"]
    package = "_".join(words)
    if package[0].isdigit():
        package = "sdk_" + package
    if package_problem(package):
        package += "_sdk"
    return package


def identifier_problem(name: str) -> str | None:
    """Why `name` (a class name the config gives) cannot be used, or None."""
    if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", name):
        return "must be a Python identifier (ASCII)"
    if keyword.iskeyword(name):
        return f"{name!r} is a Python keyword"
    return None


def environment_name(name: str) -> str:
    """The `Environment` member of an environment the config names (`production` -> `PRODUCTION`)."""
    return name.upper()


def name_servers(servers: tuple[ir.Server, ...]) -> tuple[ir.Server, ...]:
    """The spec's absolute servers as `Environment` members: `PRODUCTION`, then `SERVER_2`..."""
    names = iter(["PRODUCTION", *(f"SERVER_{i}" for i in range(2, len(servers) + 1))])
    return tuple(dataclasses.replace(s, name=next(names)) if s.absolute else s for s in servers)


def credential_names(wanted: list[str]) -> list[str]:
    """Keyword names of the client's credential arguments (`token`, `api_key`, ...), unique and
    clear of keywords and of the constructor's other arguments."""
    taken = Registry(reserved.CREDENTIAL)
    return [taken.claim(safe(snake([w]), reserved.CREDENTIAL, "credential")) for w in wanted]


def name_credentials(schemes: tuple[ir.SecurityScheme, ...]) -> tuple[ir.SecurityScheme, ...]:
    """Each scheme with the constructor arguments that take its credentials: `token` (or
    `<scheme>_token` beside other bearer schemes), `username` and `password` (prefixed beside
    other basic schemes), or the scheme's own name for an API key."""
    bearers = sum(s.kind == "bearer" for s in schemes)
    basics = sum(s.kind == "basic" for s in schemes)
    wanted: list[tuple[str, ...]] = []
    for scheme in schemes:
        if scheme.kind == "bearer":
            wanted.append(("token" if bearers == 1 else snake([scheme.key, "token"]),))
        elif scheme.kind == "basic":
            prefix = "" if basics == 1 else snake([scheme.key]) + "_"
            wanted.append((prefix + "username", prefix + "password"))
        else:
            wanted.append((snake([scheme.key]) or "api_key",))
    names = iter(credential_names([name for group in wanted for name in group]))
    return tuple(
        dataclasses.replace(scheme, arguments=tuple(next(names) for _ in group))
        for scheme, group in zip(schemes, wanted)
    )
