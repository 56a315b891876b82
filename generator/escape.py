"""The only way spec text reaches generated source: string literals, docstrings, markdown.

Every function here returns text that, once parsed by Python (or read by a Markdown renderer),
means exactly the input, whatever the input holds: quotes, backslashes, `{{ }}` and `{% %}`
(inert here: spec text is Jinja *data*, never template source), NUL, lone surrogates, bidi
controls ("Trojan Source") and line separators other than `\\n`.
"""

from __future__ import annotations

import re
from typing import Any, Callable

_DOC_SAFE_CONTROL = {"\n"}
_QUOTE_RUN = re.compile(r'"+')
_MD_SPECIAL = re.compile(r"[|<>\[\]]")


def _escape_char(ch: str) -> str:
    code = ord(ch)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def py_str(value: str) -> str:
    """A Python string literal equal to `value`, quoted as black quotes it: double quotes,
    unless single quotes need fewer escapes (a value with more `"` than `'`)."""
    if value.isprintable() and "\\" not in value and '"' not in value:
        return f'"{value}"'  # the common case; surrogates and control characters are not printable
    quote = "'" if value.count('"') > value.count("'") else '"'
    out = [quote]
    for ch in value:
        if ch == "\\":
            out.append("\\\\")
        elif ch == quote:
            out.append("\\" + quote)
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
    out.append(quote)
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
    if isinstance(value, bytes):
        text = repr(value)  # escapes every byte that is not printable ASCII
        # Double quotes, as black writes them, when the bytes hold no quote at all.
        return f'b"{text[2:-1]}"' if b"'" not in value and b'"' not in value else text
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
    if "\\" not in text and text.replace("\n", "").isprintable():
        body = text  # the common case (a surrogate is not printable): only quotes to look at
    else:
        body = _escape_doc_chars(text)

    # A run of three quotes would close the docstring: escape it. A quote run at the very end
    # would merge with the closing quotes, and black pads a docstring that ends in `"` with a
    # space (changing `__doc__`): write those as `\x22`. Lone quotes elsewhere stay readable.
    def quotes(m: re.Match[str]) -> str:
        if m.end() == len(body):
            return "\\x22" * len(m.group())
        return m.group().replace('"', '\\"') if len(m.group()) >= 3 else m.group()

    return _protect_edges(_QUOTE_RUN.sub(quotes, body))


# black strips a docstring's first line at its start and every line at its end, and pads one
# that starts with a quote with a space: written as escapes, those characters survive it.
# (Line breaks at the very end are left to black, which drops them: templates end with one.)
_EDGE = re.compile(r'\A[ "]+|(?<! ) +(?=\n|\Z)')  # `(?<! )`: linear on long runs of spaces
_EDGE_ESCAPES = {" ": "\\x20", '"': "\\x22"}


def _protect_edges(body: str) -> str:
    return _EDGE.sub(lambda m: "".join(_EDGE_ESCAPES[c] for c in m.group()), body)


def _escape_doc_chars(text: str) -> str:
    out = []
    for ch in text:
        if 0xD800 <= ord(ch) <= 0xDFFF:
            out.append("\ufffd")
        elif ch == "\\":
            out.append("\\\\")
        elif ch in _DOC_SAFE_CONTROL:
            out.append(ch)
        elif not ch.isprintable():
            out.append(_escape_char(ch))
        else:
            out.append(ch)
    return "".join(out)


def indent_doc(text: str, spaces: int, line_length: int = 88) -> str:
    """Lay a docstring body out exactly as black would, so black has nothing to change.

    Continuation lines lose their common indentation and get the docstring's own (blank ones
    stay empty); when the last line and the closing quotes would pass the line length, the
    quotes go on a line of their own. `inspect.getdoc()` reads the same text either way.
    """
    pad = " " * spaces
    if "\n" not in text.strip():
        return text.strip()  # one line of text: black writes a one-line docstring
    lines = text.split("\n")
    rest = lines[1:]
    common = min((len(line) - len(line.lstrip(" ")) for line in rest if line.strip()), default=0)
    out = [lines[0]] + [pad + line[common:].rstrip() if line.strip() else "" for line in rest]
    if len(out) > 1 and not out[-1]:
        out[-1] = pad  # black indents the closing quotes when they sit on their own line
    if len(out) > 1 and len(out[-1]) + 3 > line_length:
        out.append(pad)
    return "\n".join(out)


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
    """Text for one Markdown table cell, heading or link text: one line, pipes and brackets
    escaped (no link can be formed or closed early), HTML inert."""
    text = " ".join(text.split())
    if text.isprintable() and not _MD_SPECIAL.search(text):
        return text
    return _md_line(text, {"|": "\\|", "[": "\\[", "]": "\\]", "<": "&lt;", ">": "&gt;"})


def _md_line(text: str, replace: dict[str, str]) -> str:
    out = []
    for ch in text:
        if ch in replace:
            out.append(replace[ch])
        elif not ch.isprintable() or 0xD800 <= ord(ch) <= 0xDFFF:
            out.append(_escape_char(ch))
        else:
            out.append(ch)
    return "".join(out)


def md_block(text: str) -> str:
    """Markdown prose as written, with raw HTML and script links made inert.

    A spec's description is Markdown and stays Markdown (emphasis, lists, links, code). What
    a docs site would run or hide is shown as text instead: a tag-like `<` outside code
    becomes `&lt;` (an autolink such as `<https://...>` stays), and a link to a
    `javascript:`, `vbscript:` or `data:` URL keeps its text but loses its target. Code spans
    and fenced code blocks are left exactly as written (a fence left open is closed); lone
    surrogates, which a UTF-8 file cannot hold, become U+FFFD.
    """
    text = "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)
    if "<" not in text and ":" not in text and "```" not in text and "~~~" not in text:
        return text
    out: list[str] = []
    fence = ""
    for line in text.split("\n"):
        opened = _FENCE.match(line)
        marker, info = opened.groups() if opened else ("", "")
        if fence:
            if marker[:1] == fence[0] and len(marker) >= len(fence) and not info.strip():
                fence = ""  # the closing fence
            out.append(line)
        elif marker and not (marker[0] == "`" and "`" in info):
            fence = marker
            out.append(line)
        else:
            out.append(_outside_code(line, _inert_prose))
    if fence:
        out.append(fence)  # else the rest of the page would be in the description's code block
    return "\n".join(out)


_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})(.*)")
_BACKTICK_RUN = re.compile(r"(?<!\\)`+")
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>")
_SCRIPT_URL = r"(?:javascript|vbscript|data):"
_SCRIPT_LINK = re.compile(rf"\]\((?=\s*<?\s*{_SCRIPT_URL})", re.IGNORECASE)
_SCRIPT_AUTOLINK = re.compile(rf"<{_SCRIPT_URL}", re.IGNORECASE)


def _outside_code(line: str, change: Callable[[str], str]) -> str:
    """`change` applied to `line` outside its code spans (a run of n backticks closes at the
    next run of exactly n, as in CommonMark; an unpaired run is text)."""
    runs = list(_BACKTICK_RUN.finditer(line))
    out: list[str] = []
    last = i = 0
    while i < len(runs):
        width = len(runs[i].group())
        close = next((k for k in range(i + 1, len(runs)) if len(runs[k].group()) == width), None)
        if close is None:
            i += 1
            continue
        out.append(change(line[last : runs[i].start()]))
        out.append(line[runs[i].start() : runs[close].end()])
        last, i = runs[close].end(), close + 1
    out.append(change(line[last:]))
    return "".join(out)


def _inert_prose(text: str) -> str:
    kept: list[str] = []
    last = 0
    for link in _AUTOLINK.finditer(text):
        kept.append(_TAG_START.sub("&lt;", text[last : link.start()]))
        scripted = _SCRIPT_AUTOLINK.match(link.group())
        kept.append("&lt;" + link.group()[1:] if scripted else link.group())
        last = link.end()
    kept.append(_TAG_START.sub("&lt;", text[last:]))
    return _SCRIPT_LINK.sub("]\\(", "".join(kept))


def md_code(text: str) -> str:
    """Inline code span that holds any backtick run. Inside one, Markdown and HTML are inert
    and escapes show as typed: only the pipe (a table's cell border) is escaped."""
    text = _md_line(" ".join(text.split()), {"|": "\\|"})
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
