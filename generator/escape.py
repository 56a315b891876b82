"""The only way spec text reaches generated source: string literals, docstrings, markdown.

Every function here returns text that, once parsed by Python (or read by a Markdown renderer),
means exactly the input, whatever the input holds: quotes, backslashes, `{{ }}` and `{% %}`
(inert here: spec text is Jinja *data*, never template source), NUL, lone surrogates, bidi
controls ("Trojan Source") and line separators other than `\\n`.
"""

from __future__ import annotations

import re
from typing import Any

_DOC_SAFE_CONTROL = {"\n"}
_QUOTE_RUN = re.compile(r'"+')


def _escape_char(ch: str) -> str:
    code = ord(ch)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def py_str(value: str) -> str:
    """A double-quoted Python string literal equal to `value` (`repr` rules, black's quotes)."""
    out = ['"']
    for ch in value:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif not ch.isprintable() or 0xD800 <= ord(ch) <= 0xDFFF:
            out.append(_escape_char(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def py_literal(value: Any) -> str:
    """A Python expression equal to a JSON value (for defaults, examples and `Literal[...]`)."""
    if value is None:
        return "None"
    if value is True:
        return "True"
    if value is False:
        return "False"
    if isinstance(value, str):
        return py_str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return f'float("{value}")'
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, tuple):
        items = ", ".join(py_literal(v) for v in value)
        return f"({items},)" if len(value) == 1 else f"({items})"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_str(str(k))}: {py_literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"not a JSON value: {type(value).__name__}")


def docstring_body(text: str) -> str:
    """Text safe inside a `\"\"\"...\"\"\"` docstring: `__doc__` reads back as `text`.

    Backslashes are doubled (no escape or line continuation can form), any run of quotes that
    could close the docstring is escaped, and characters Python or black would treat as line
    breaks or that are invisible are written as escapes. A lone surrogate becomes U+FFFD: CPython
    cannot create a class whose docstring holds one.
    """
    out = []
    for ch in text:
        if 0xD800 <= ord(ch) <= 0xDFFF:
            out.append("\ufffd")
        elif ch == "\\":
            out.append("\\\\")
        elif ch in _DOC_SAFE_CONTROL:
            out.append(ch)
        elif not ch.isprintable() or 0xD800 <= ord(ch) <= 0xDFFF:
            out.append(_escape_char(ch))
        else:
            out.append(ch)
    body = "".join(out)
    # A run of three quotes would close the docstring, and so would any quote run at the very
    # end (it merges with the closing quotes): escape those, leave lone quotes readable.
    return _QUOTE_RUN.sub(
        lambda m: m.group().replace('"', '\\"') if len(m.group()) >= 3 or m.end() == len(body) else m.group(),
        body,
    )


def indent_doc(text: str, spaces: int) -> str:
    """Indent continuation lines of a docstring body; blank lines stay empty (black strips them)."""
    pad = " " * spaces
    lines = text.split("\n")
    return "\n".join([lines[0]] + [pad + line if line.strip() else "" for line in lines[1:]])


def indent_lines(text: str, width: int = 4, first: bool = False, blank: bool = False) -> str:
    """Jinja's `indent`, but lines end at a line feed only.

    Jinja's own filter splits with `str.splitlines()`, which also breaks at U+2028, U+0085,
    form feeds and the like, turning characters of the spec's text into real line breaks.
    """
    pad = " " * width
    lines = text.split("\n")
    out = [lines[0]] + [pad + line if line or blank else line for line in lines[1:]]
    if first and (lines[0] or blank):
        out[0] = pad + out[0]
    return "\n".join(out)


def md_inline(text: str) -> str:
    """Text for one Markdown table cell: one line, pipes escaped, HTML inert."""
    text = " ".join(text.split())
    out = []
    for ch in text:
        if ch == "|":
            out.append("\\|")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif not ch.isprintable() or 0xD800 <= ord(ch) <= 0xDFFF:
            out.append(_escape_char(ch))
        else:
            out.append(ch)
    return "".join(out)


def md_block(text: str) -> str:
    """Markdown prose as written, minus what cannot be written to a UTF-8 file."""
    return "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)


def md_code(text: str) -> str:
    """Inline code span that holds any backtick run."""
    text = md_inline(text)
    fence = "`"
    while fence in text:
        fence += "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def toml_str(value: str) -> str:
    """A TOML basic string. TOML cannot hold lone surrogates: they become U+FFFD."""
    out = ['"']
    for ch in value:
        code = ord(ch)
        if ch in ('"', "\\"):
            out.append("\\" + ch)
        elif 0xD800 <= code <= 0xDFFF:
            out.append("\\uFFFD")
        elif code < 0x20 or code == 0x7F or not ch.isprintable():
            out.append(f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)
