"""`servers` -> `ir.Server`s (the API's, or an operation's own), variables at their defaults."""

from __future__ import annotations

import re
from typing import Any, Iterable

from .. import ir
from ..errors import Diagnostics
from ..text import clean

_SERVER_VARIABLE = re.compile(r"\{([^{}]*)\}")


def servers(diag: Diagnostics, raw: Any, file: str, pointer: str) -> Iterable[ir.Server]:
    """Each server with its variables at their defaults, as the spec says a client that is
    given no other value uses them; one naming a variable it does not define is left out."""
    for i, server in enumerate(raw if isinstance(raw, list) else []):
        if not isinstance(server, dict):
            continue
        template = str(server.get("url", ""))
        variables = _variables(server.get("variables"))
        named = list(dict.fromkeys(_SERVER_VARIABLE.findall(template)))
        undefined = [n for n in named if n not in variables]
        if undefined:
            diag.warn(
                f"server URL {template!r} uses {{{undefined[0]}}}, which its `variables` do not "
                "define; the SDK leaves this server out (pass `base_url=` to use it)",
                f"{pointer}/{i}/url",
                file,
            )
            continue
        url = _SERVER_VARIABLE.sub(lambda m: variables[m.group(1)].default, template)
        yield ir.Server(url, clean(server.get("description")), template, tuple(variables[n] for n in named))


def _variables(raw: Any) -> dict[str, ir.ServerVariable]:
    return {
        str(name): ir.ServerVariable(
            name=str(name),
            default=str(var.get("default", "")),
            enum=tuple(str(v) for v in var.get("enum") or ()),
            description=clean(var.get("description")),
        )
        for name, var in (raw.items() if isinstance(raw, dict) else ())
        if isinstance(var, dict)
    }


def own_server(diag: Diagnostics, raw: Any, file: str, pointer: str, default: str) -> str:
    """The URL an operation is sent to when its path or itself names servers: the first
    absolute one. Empty when they include the API's default server (Twilio's specs repeat
    theirs on every path): the client's choice of environment then stands."""
    if not raw:
        return ""
    absolute = [s.url.rstrip("/") for s in servers(diag, raw, file, pointer) if s.absolute]
    if default in absolute:
        return ""
    if absolute:
        return absolute[0]
    diag.warn(
        "none of these servers has an absolute URL the SDK could send to; "
        "this operation goes to the client's base URL",
        pointer,
        file,
    )
    return ""
