"""Real pages for list operations that page (see `generator.pagination`): every such
operation serves `PAGES` pages, linked by the operation's own scheme (a cursor, a next URL in the
body or a `Link` header, offset/limit, page numbers), so a client can walk them all.
"""

from __future__ import annotations

import copy
import re
from typing import Any, Callable
from urllib.parse import urlencode

from .. import ir
from ..config import Config, default_config
from ..errors import Diagnostics
from ..normalize import Options, normalize
from ..pagination import attach_paging
from .spec import Api

PAGES = 3
DEFAULT_SIZE = 2
MAX_SIZE = 100
PAGE_PARAM = "mock_page"
"""The query parameter of the next URLs the mock makes (for `next_url` and `link_header`)."""


def read_api(api: Api, config: Config | None) -> ir.Api | None:
    """The document as the generator reads it with this config (or the default one), read once
    for both the pages and the workflows; None for one the generator cannot read (the mock
    still serves it, unpaged)."""
    info = api.doc.root.get("info")
    title = str(info.get("title", "api")) if isinstance(info, dict) else "api"
    config = config or default_config(title)
    try:
        return normalize(
            api.doc, Options(grouping=config.grouping, method_names=config.method_names), Diagnostics()
        )
    except Exception:  # a document the generator cannot read: served unpaged
        return None


def bind_pages(named: ir.Api | None, config: Config | None) -> dict[str, ir.Paging]:
    """Operation key -> paging, as the generator sees it for this spec and config."""
    if named is None:
        return {}
    try:
        named = attach_paging(named, config or default_config(named.title))
    except Exception:  # a `pagination:` the generator refuses: the mock still serves, unpaged
        return {}
    return {op.key: op.paging for op in named.operations if op.paging is not None}


def page_index(paging: ir.Paging, query: dict[str, list[str]], size: int) -> int:
    """Which page (from 0) the request asks for."""
    raw = (query.get(paging.param) or query.get(PAGE_PARAM) or [""])[0]
    try:
        if paging.scheme == "cursor":
            return int(raw.removeprefix("page-")) if raw else 0
        if paging.scheme == "offset":
            return int(raw or 0) // size
        if paging.scheme == "page":
            return int(raw or 1) - 1
        return int(raw or 0)
    except ValueError:
        return PAGES  # an unknown cursor: past the end


def page_size(paging: ir.Paging, query: dict[str, list[str]]) -> int:
    raw = (query.get(paging.limit_param) or [""])[0] if paging.limit_param else ""
    return max(1, min(int(raw), MAX_SIZE)) if raw.isdigit() else DEFAULT_SIZE


def shape_page(
    paging: ir.Paging,
    body: Any,
    index: int,
    size: int,
    url: str,
    query: dict[str, list[str]],
    make_item: Callable[[], Any],
    fits: Callable[[Any], bool],
    numeric_cursor: bool = False,
) -> tuple[Any, str | None]:
    """The body of page `index` (its items, and its link to the next page), and the next URL;
    `make_item` makes a sample item when the body has none, `fits` says whether an item still
    matches the items' schema once numbered; `numeric_cursor`: the spec types the cursor as a
    number."""
    if not isinstance(body, dict):
        return body, None
    sample = body.get(paging.items)
    item = copy.deepcopy(sample[0]) if isinstance(sample, list) and sample else make_item()
    count = size if 0 <= index < PAGES else 0
    body[paging.items] = [_numbered(item, index * size + n, fits) for n in range(count)]
    last = index >= PAGES - 1
    next_url = None
    if not last:
        rest = {k: v[-1] for k, v in query.items() if k not in (PAGE_PARAM, paging.param)}
        next_url = f"{url}?{urlencode({**rest, PAGE_PARAM: index + 1})}"
    if paging.scheme == "cursor":
        numeric = numeric_cursor or isinstance(_get(body, paging.field), int)
        _put(body, paging.field, None if last else (index + 1 if numeric else f"page-{index + 1}"))
    elif paging.scheme == "next_url":
        _put(body, paging.field, next_url)
    return body, next_url


def _get(body: dict[str, Any], path: str) -> Any:
    """The value at a dotted wire path, or None."""
    value: Any = body
    for name in path.split("."):
        value = value.get(name) if isinstance(value, dict) else None
    return value


def _put(body: dict[str, Any], path: str, value: Any) -> None:
    """Set a dotted wire path (`meta.next_page_url`), making the objects on the way."""
    *holders, name = path.split(".")
    for holder in holders:
        inner = body.get(holder)
        if not isinstance(inner, dict):
            inner = body[holder] = {}
        body = inner
    body[name] = value


def _numbered(item: Any, n: int, fits: Callable[[Any], bool]) -> Any:
    """A copy of the sample item told apart from the others (its `id` or `name`, when a string
    the schema still accepts so numbered: a UUID numbered in its last group, other text with a
    suffix; an enum takes neither)."""
    value = copy.deepcopy(item)
    if isinstance(value, dict):
        for key in ("id", "name"):
            text = value.get(key)
            if not isinstance(text, str):
                continue
            spellings = [f"{text[:-12]}{n:012x}"] if _UUID.fullmatch(text) else []
            for spelling in [*spellings, f"{text}-{n}"]:
                numbered = {**value, key: spelling}
                if fits(numbered):
                    return numbered
    return value


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
