"""What the client module, `Environment`, the webhooks module and the README show: the
credential arguments (`AuthParam`), the environments and what the spec says of them, and
the webhook parsers."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from .. import ir
from ..config import Config
from ..naming import LOCAL_ENVIRONMENT
from .annotations import Annotator

_LOCAL_URL = "http://127.0.0.1"
# Joins `name` = `value` so a wrapped line never ends between them (textwrap breaks only at
# ASCII whitespace); a space again once wrapped.
_NBSP = "\u00a0"


@dataclass(frozen=True)
class AuthParam:
    """A credential argument of the client constructor."""

    name: str
    scheme: ir.SecurityScheme
    env: str | None
    part: str = "secret"
    """"secret", or "username" for HTTP basic."""


def auth_params(api: ir.Api, config: Config) -> list[AuthParam]:
    """The constructor's credential arguments; the first scheme's secret defaults to the
    config's `token_env` variable."""
    params: list[AuthParam] = []
    for i, scheme in enumerate(api.security_schemes):
        env = config.token_env if i == 0 else None
        if scheme.kind == "basic":
            username, password = scheme.arguments
            params.append(AuthParam(name=username, scheme=scheme, env=None, part="username"))
            params.append(AuthParam(name=password, scheme=scheme, env=env))
        else:
            params.append(AuthParam(name=scheme.arguments[0], scheme=scheme, env=env))
    return params


def auth_required(api: ir.Api) -> bool:
    """A credential is required at construction when every operation needs the same one."""
    if len(api.security_schemes) != 1:
        return False
    key = api.security_schemes[0].key
    return all(
        op.security is not None and op.security and all(key in req.schemes for req in op.security)
        for op in api.operations
    )


def environments(api: ir.Api, config: Config) -> list[tuple[str, str]]:
    """`(NAME, url)` of every server the client can pick, the default first: the config's,
    else the spec's absolute ones, else loopback (a spec with no servers, or only relative
    ones, gives the SDK no host to default to)."""
    if config.environments:
        return [(e.member, e.url) for e in config.environments]
    return [(s.name, s.url) for s in api.servers if s.name] or [(LOCAL_ENVIRONMENT, _LOCAL_URL)]


def environment_notes(api: ir.Api, config: Config) -> dict[str, str]:
    """What the spec says of each of its servers: its description, and the variables its
    URL was written with (the SDK uses their defaults)."""
    if config.environments:
        return {}
    notes = {}
    for server in api.servers:
        if not server.name:
            continue
        parts = [server.description] if server.description else []
        if server.variables:
            values = ", ".join(_variable_note(v) for v in server.variables)
            sentence = (
                f"The spec writes this URL as `{server.template}`, with {values}; "
                "pass `base_url=` for other values."
            )
            wrapped = textwrap.fill(sentence, 84, break_long_words=False, break_on_hyphens=False)
            parts.append(wrapped.replace(_NBSP, " "))
        if parts:
            notes[server.name] = "\n\n".join(parts)
    return notes


def _variable_note(var: ir.ServerVariable) -> str:
    others = [v for v in var.enum if v != var.default]
    also = f" (the spec also allows {', '.join(f'`{v}`' for v in others)})" if others else ""
    return f"`{var.name}`{_NBSP}={_NBSP}`{var.default}`{also}"


def webhook_views(api: ir.Api) -> list[tuple[ir.Webhook, str, str]]:
    """(webhook, payload annotation, parse target) for each webhook with a JSON payload."""
    ann = Annotator(api, "model", qualify=True)
    views = []
    for hook in api.webhooks:
        if hook.payload is None or hook.payload in (ir.Scalar("binary"), ir.Scalar("str")):
            continue
        annotation = ann(hook.payload).text
        is_model = isinstance(hook.payload, ir.Named) and isinstance(api.type(hook.payload.key), ir.Model)
        views.append(
            (hook, annotation, annotation if is_model else f"ResponseType[{annotation}]({annotation})")
        )
    return views
