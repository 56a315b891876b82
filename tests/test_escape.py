"""Spec text through `escape`: what Python reads back is exactly what the spec said."""

from __future__ import annotations

import ast
import textwrap

import pytest

from generator.escape import docstring_body, indent_doc, md_block, md_code, py_literal, py_str, toml_str

HOSTILE = [
    "plain",
    "quote \" and 'single'",
    "\"\"\"triple\"\"\" and '''triple'''",
    'ends with quote"',
    "back\\slash\\",
    "line\\\ncontinuation",
    "{{ jinja }} {% block %} {# comment #}",
    "nul \x00 byte",
    "lone \ud800 surrogate",
    "rtl \u202e override \u200f mark",
    "line\u2028separator\u2029paragraph\x0bvt\x0cff\x1cfs\x85nel",
    "tab\tand\r\ncrlf",
    "x" * 10000,
    "\\N{BULLET} \\u1234 \\x41",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_string_literal_round_trips(text: str) -> None:
    literal = py_str(text)
    assert ast.literal_eval(literal) == text
    literal.encode("utf-8")


@pytest.mark.parametrize("text", HOSTILE)
def test_docstring_round_trips(text: str) -> None:
    body = indent_doc(docstring_body(text), 4)
    # A class too: CPython cannot create one whose docstring holds a lone surrogate (U+FFFD then).
    source = f'def f():\n    """{body}"""\n\nclass C:\n    """{body}"""\n'
    source.encode("utf-8")
    namespace: dict[str, object] = {}
    exec(compile(source, "<test>", "exec"), namespace)
    expected = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    for name in ("f", "C"):
        doc = namespace[name].__doc__  # type: ignore[attr-defined]
        lines = doc.split("\n")
        assert lines[0] + "".join("\n" + line[4:] if line else "\n" for line in lines[1:]) == expected


def test_literals_of_json_values() -> None:
    value = {"a": [1, 2.5, True, None, 'x"y'], "b": {}}
    assert ast.literal_eval(py_literal(value)) == value


def test_markdown_code_span_holds_backticks() -> None:
    assert md_code("a`b") == "``a`b``"
    assert md_code("|") == "`\\|`"


def test_toml_strings() -> None:
    import tomllib

    for text in HOSTILE:
        parsed = tomllib.loads(f"x = {toml_str(text)}")["x"]
        assert parsed == "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)


def test_docstring_inside_class_is_valid_python() -> None:
    body = indent_doc(docstring_body('first\n  indented "" \n"""'), 4)
    ast.parse(textwrap.dedent(f'class A:\n    """{body}"""\n'))


@pytest.mark.parametrize(
    "prose, shown",
    [
        ("**bold**, a [link](https://x.example) and a list:\n\n- one\n- two", None),
        ("a < b, 3<4, <3 and x->y", None),
        ("see <https://x.example/a?b=c> or <ops@x.example>", None),
        ("<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>"),
        ("<b>bold</b> <!-- c --> <?php", "&lt;b>bold&lt;/b> &lt;!-- c --> &lt;?php"),
        ("`<b>` and ``a`<i>`b``", None),
        ("unpaired ` <i>", "unpaired ` &lt;i>"),
        ("```html\n<div>code</div>\n```\n<div>", "```html\n<div>code</div>\n```\n&lt;div>"),
        ("~~~~\n<a>\n~~~\n<b>\n~~~~\n<c>", "~~~~\n<a>\n~~~\n<b>\n~~~~\n&lt;c>"),
        (
            "[x](javascript:alert(1)) [y]( VBScript:x) [z](data:text/html,1)",
            "[x]\\(javascript:alert(1)) [y]\\( VBScript:x) [z]\\(data:text/html,1)",
        ),
        ("<javascript:alert(1)>", "&lt;javascript:alert(1)>"),
        ("lone \ud800 surrogate", "lone \ufffd surrogate"),
        ("```\nnever closed <b>", "```\nnever closed <b>\n```"),
    ],
)
def test_markdown_prose_keeps_markdown_and_makes_html_inert(prose: str, shown: str | None) -> None:
    assert md_block(prose) == (prose if shown is None else shown)


@pytest.mark.parametrize("value", [b"file content", b'a"b', b"it's", b"\x00\xff\\x\n", b"'\""])
def test_literals_of_bytes(value: bytes) -> None:
    literal = py_literal(value)
    assert ast.literal_eval(literal) == value
    assert literal.startswith('b"') or b'"' in value or b"'" in value  # black's quotes when it can
