"""Security requirements: does the request carry the credentials its operation asks for?"""

from __future__ import annotations

import base64
import binascii
from typing import Any, Collection

from .spec import Route


def check(
    route: Route,
    schemes: dict[str, dict[str, Any]],
    headers: dict[str, str],
    query: dict[str, list[str]],
    cookies: dict[str, str],
    tokens: Collection[str] | None,
) -> tuple[bool, str | None]:
    """(passes, WWW-Authenticate challenge). Any one satisfied alternative passes; `{}` is anonymous."""
    requirements = [r for r in route.security if isinstance(r, dict)]
    if not requirements:
        return True, None
    for requirement in requirements:
        if all(_satisfied(schemes.get(name), headers, query, cookies, tokens) for name in requirement):
            return True, None
    return False, _challenge(requirements[0], schemes)


def _satisfied(
    scheme: dict[str, Any] | None,
    headers: dict[str, str],
    query: dict[str, list[str]],
    cookies: dict[str, str],
    tokens: Collection[str] | None,
) -> bool:
    if scheme is None:
        return False
    kind = scheme.get("type")
    if kind == "mutualTLS":
        return True  # a client certificate cannot be seen over the mock's plain HTTP
    if kind == "apiKey":
        name, where = str(scheme.get("name", "")), scheme.get("in")
        if where == "header":
            value = headers.get(name.lower(), "")
        elif where == "query":
            value = (query.get(name) or [""])[0]
        else:
            value = cookies.get(name, "")
        return _accepted(value, tokens)
    if kind in ("oauth2", "openIdConnect"):
        return _accepted(_credentials(headers, "bearer"), tokens)
    if kind != "http":
        return False
    http = str(scheme.get("scheme", "")).lower()
    given = _credentials(headers, http)
    if http != "basic":
        return _accepted(given, tokens)
    try:
        pair = base64.b64decode(given, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return False
    user, _, password = pair.partition(":")
    if not user and not password:
        return False
    # Either the whole `user:password` pair or the password alone may be listed as a token.
    return tokens is None or pair in tokens or password in tokens


def _credentials(headers: dict[str, str], scheme: str) -> str:
    kind, _, value = headers.get("authorization", "").strip().partition(" ")
    return value.strip() if kind.lower() == scheme else ""


def _accepted(value: str, tokens: Collection[str] | None) -> bool:
    return bool(value) and (tokens is None or value in tokens)


def _challenge(requirement: dict[str, Any], schemes: dict[str, dict[str, Any]]) -> str | None:
    for name in requirement:
        scheme = schemes.get(name) or {}
        if scheme.get("type") == "http":
            return f'{str(scheme.get("scheme", "Bearer")).capitalize()} realm="mock"'
        if scheme.get("type") in ("oauth2", "openIdConnect"):
            return 'Bearer realm="mock"'
    return None
