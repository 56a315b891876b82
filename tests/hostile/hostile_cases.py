"""The hostile-spec cases: small specs that try to break the generator, each with its outcome.

A case either *generates* (and then `probes` say which original strings must come back
exactly from the generated package at runtime) or must *fail* with exit status 2 and an
`error:` line matching `error` (a regex). Specs are built in Python so that characters YAML
cannot carry (NUL, lone surrogates) can be written as JSON; a few cases are raw YAML text.

Each builder receives the case's own scratch directory (`root`), so that cases which try to
escape it (absolute paths, `../`) aim at places the test then checks are untouched.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

# --- hostile strings -------------------------------------------------------------------------

# Each tries to end a docstring, a string literal, a comment or a Jinja construct, or to be
# read differently by Python, black, a terminal or a Markdown renderer than it is written.
BREAKOUTS: dict[str, str] = {
    "triple_double": 'a """ b """',
    "triple_single": "a ''' b '''",
    "quote_at_end": 'ends with a quote"',
    "quotes_at_end": 'ends with quotes""',
    "mixed_quotes": "'\"'\"\"\"'''\"",
    "backslashes": "back\\slash \\n \\x00 \\u1234 \\N{BULLET} \\\\",
    "trailing_backslash": "trailing backslash\\",
    "jinja_expr": "{{ 7*7 }} {{ config.package }} {{",
    "jinja_stmt": "{% for x in range(3) %}x{% endfor %} {% raw %} {%",
    "jinja_comment": "{# not a comment #} {#",
    "nul": "nul\x00byte",
    "bidi": "rtl\u202eevil\u202c mark\u200f isolate\u2066x\u2069",
    "line_separators": "line\u2028separator\u2029paragraph\x85next",
    "controls": "vt\x0b ff\x0c fs\x1c gs\x1d rs\x1e del\x7f bell\x07 esc\x1b[31m",
    "code_injection": "\nimport os\nos.system('echo pwned')\n#",
    "fstring": "{__import__('os').system('echo pwned')} %s %(x)s",
    "markdown_html": "| pipe | <script>alert(1)</script> `tick` ``` [x](javascript:alert(1))",
    "unicode": "名前 café naïve 🐍 \u00a0nbsp \ufeffbom",
    "comment_start": '# comment? """',
}
# A line of 100,000 characters (black must not choke, the line must survive intact).
LONG_LINE = "long " + "x" * 100_000 + " end"


def hostile_values() -> list[str]:
    return list(BREAKOUTS.values())


# --- the spec builders' toolbox --------------------------------------------------------------


def spec(
    paths: dict[str, Any] | None = None,
    schemas: dict[str, Any] | None = None,
    *,
    title: str = "Hostile",
    version: str = "1.0",
    openapi: str = "3.0.3",
    servers: list[str] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "openapi": openapi,
        "info": {"title": title, "version": version},
        "servers": [{"url": u} for u in (servers if servers is not None else ["https://api.example.com"])],
        "paths": paths or {},
    }
    if schemas:
        doc.setdefault("components", {})["schemas"] = schemas
    for key, value in extra.items():
        if key == "components":
            doc.setdefault("components", {}).update(value)
        else:
            doc[key] = value
    return doc


def ok(schema: Any, description: str = "OK") -> dict[str, Any]:
    return {"200": {"description": description, "content": {"application/json": {"schema": schema}}}}


def get(schema: Any, **op: Any) -> dict[str, Any]:
    return {"get": {"responses": ok(schema), **op}}


def post(body: Any, schema: Any | None = None, **op: Any) -> dict[str, Any]:
    return {
        "post": {
            "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
            "responses": ok(
                schema if schema is not None else {"type": "object", "properties": {"id": {"type": "string"}}}
            ),
            **op,
        }
    }


def obj(properties: dict[str, Any], required: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties, **extra}
    if required:
        schema["required"] = required
    return schema


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


STR = {"type": "string"}


# --- what a generated package must give back ---------------------------------------------------


@dataclass(frozen=True)
class Probe:
    """One original string that must come back exactly from the generated package.

    kind: "doc" (in some docstring, after the documented whitespace clean-up), "enum" (the
    values of some enum, in order), "alias" (the wire name of some pydantic field), "key"
    (the key of some request TypedDict), "env" (the values of `Environment`, in order),
    "const" (a string constant in the code: paths, wire names, header names), "readme",
    "attr" (`module:Object.attr` exists), "getdoc" (`module:Object` has a docstring containing
    the value), "count" (an enum with exactly `value` members).
    """

    kind: str
    value: Any
    where: str = ""


@dataclass
class Case:
    name: str
    build: Callable[[Path], Any]
    """Returns the spec: a dict (written as JSON), or text (written as is)."""
    error: str | None = None
    """None: the case generates. Otherwise a regex an `error:` line of stderr must match."""
    category: str = ""
    suffix: str = ".json"
    config: dict[str, Any] | None = None
    """sdk.yaml beside the spec (written as JSON, which is YAML); `package` is filled in."""
    probes: Callable[[Path], list[Probe]] = lambda root: []
    files: Callable[[Path], dict[str, str]] = lambda root: {}
    """Extra files to create, relative to the case's directory (the spec is at `spec/`)."""
    prepare: Callable[[Path], None] | None = None
    """Runs before generation, given the output directory (e.g. to put something there)."""
    via_cli: bool = False
    """Generate through `python -m generator` too (cases with `error` always do)."""
    default_package: bool = False
    """Leave `package` out of the config: the package name comes from the spec's title."""
    warning: str | None = None
    """A regex a `warning:` line must match (generating cases)."""


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=True, indent=1)


CASES: list[Case] = []


def case(name: str, category: str, **kwargs: Any) -> Callable[[Callable[[Path], Any]], Callable[[Path], Any]]:
    def register(build: Callable[[Path], Any]) -> Callable[[Path], Any]:
        CASES.append(Case(name=name, build=build, category=category, **kwargs))
        return build

    return register


# =============================================================================================
# 1. Escaping: every hostile string in every place a spec string reaches the output.
# =============================================================================================


def _titled(text: str) -> str:
    return "Hostile " + text


@case(
    "escape_info",
    "escaping",
    config={},
    probes=lambda root: [Probe("doc", _titled(v)) for v in hostile_values()[:1]]
    + [Probe("getdoc", "Hostile " + BREAKOUTS["triple_double"] + " " + BREAKOUTS["nul"], "")]
    + [Probe("readme", "version " + BREAKOUTS["jinja_expr"])],
)
def _escape_info(root: Path) -> Any:
    # The title reaches the package, client and README docs; the version reaches the README.
    doc = spec(
        {"/things": get(STR)},
        title="Hostile "
        + BREAKOUTS["triple_double"]
        + " "
        + BREAKOUTS["nul"]
        + " "
        + " ".join(v for k, v in BREAKOUTS.items() if k not in ("triple_double", "nul")),
        version="version " + BREAKOUTS["jinja_expr"],
    )
    doc["info"]["description"] = "\n".join(hostile_values())
    return doc


def _one_op_per_string(make: Callable[[str, str], dict[str, Any]]) -> dict[str, Any]:
    return {f"/op{i}": make(k, v) for i, (k, v) in enumerate(BREAKOUTS.items())}


@case(
    "escape_docstring_edges",
    "escaping",
    config={},
    probes=lambda root: [
        Probe("rawdoc", '  "Quoted" title with edges  Python SDK', ""),
        Probe("rawdoc", 'The   "Quoted" title with edges  clients', "_client"),
        Probe("getdoc", 'Ends with spaces and a quote: "', "types.models:Edgy"),
    ],
)
def _escape_docstring_edges(root: Path) -> Any:
    # black strips a docstring's ends and pads a leading quote: none of that may change __doc__.
    return spec(
        {"/t": get(ref("Edgy"), summary='"Starts with a quote')},
        {
            "Edgy": obj(
                {"a": {"type": "string", "description": '  "starts with spaces and a quote'}},
                description='Ends with spaces and a quote: "',
            )
        },
        title='  "Quoted" title with edges ',
    )


@case(
    "escape_operations",
    "escaping",
    config={"resources": {"grouping": "path", "method_names": "operation_id"}},
    probes=lambda root: [Probe("doc", "Summary " + v) for v in hostile_values()]
    + [Probe("doc", "Description " + v) for v in hostile_values()]
    + [Probe("doc", "Returns " + v) for v in hostile_values()],
)
def _escape_operations(root: Path) -> Any:
    def make(key: str, value: str) -> dict[str, Any]:
        return {
            "get": {
                "operationId": "op " + value,
                "summary": "Summary " + value,
                "description": "Description " + value,
                "responses": ok(STR, "Returns " + value),
            }
        }

    return spec(_one_op_per_string(make))


@case(
    "escape_parameters",
    "escaping",
    config={},
    warning=r"header parameter 'X-a \"\"\" b \"\"\"' is not a valid HTTP header name",
    probes=lambda root: [Probe("const", "q " + v) for v in hostile_values()]
    + [Probe("const", h) for h in _ODD_HEADERS]
    + [Probe("doc", "Query " + v) for v in hostile_values()]
    + [Probe("getdoc", "Query " + v, "resources.search:SearchResource.list") for v in hostile_values()]
    + [Probe("getdoc", "Query " + v, "resources.search:AsyncSearchResource.list") for v in hostile_values()]
    + [Probe("example", "e " + v) for v in hostile_values()]
    + [Probe("doc", "Odd header " + h) for h in _ODD_HEADERS],
)
def _escape_parameters(root: Path) -> Any:
    params = []
    for value in hostile_values():
        params.append(
            {
                "name": "q " + value,
                "in": "query",
                "description": "Query " + value,
                "schema": {"type": "string", "default": "d " + value, "example": "e " + value},
            }
        )
        params.append(
            {
                "name": "X-" + value,
                "in": "header",
                "description": "Header " + value,
                "example": "x " + value,
                "schema": {"type": "string"},
            }
        )
    # Header names must be HTTP tokens: the hostile ones above are left out with a warning;
    # these odd but valid ones must be sent exactly.
    params += [
        {"name": h, "in": "header", "description": "Odd header " + h, "schema": STR} for h in _ODD_HEADERS
    ]
    params.append({"name": "c " + BREAKOUTS["triple_double"], "in": "cookie", "schema": STR})
    return spec({"/search": {"get": {"parameters": params, "responses": ok(STR)}}})


_ODD_HEADERS = ["X-'quoted'", "X-`tick`|pipe", "X-%s%x", "X-#hash!", "X-a.b~c^d"]


case(
    "header_name_invalid_required",
    "escaping",
    error=r"\(/paths/~1h/get/parameters/0/name\): header parameter .* is not a valid HTTP header name",
)(
    lambda root: spec(
        {
            "/h": {
                "get": {
                    "parameters": [
                        {
                            "name": "X-" + BREAKOUTS["code_injection"],
                            "in": "header",
                            "required": True,
                            "schema": STR,
                        }
                    ],
                    "responses": ok(STR),
                }
            }
        }
    )
)


def _hostile_object() -> dict[str, Any]:
    props = {
        "p " + v: {"type": "string", "description": "Field " + v, "default": "d " + v, "example": "e " + v}
        for v in hostile_values()
    }
    return obj(
        props,
        required=["p " + BREAKOUTS["nul"], "p " + BREAKOUTS["triple_double"]],
        description="Model " + BREAKOUTS["triple_double"] + BREAKOUTS["trailing_backslash"],
    )


@case(
    "escape_properties",
    "escaping",
    config={},
    probes=lambda root: [Probe("alias", "p " + v) for v in hostile_values()]
    + [Probe("key", "p " + v) for v in hostile_values()]
    + [Probe("const", "p " + v) for v in hostile_values()]
    + [Probe("doc", "Field " + v) for v in hostile_values()]
    + [Probe("getdoc", "Field " + v, "resources.things:ThingsResource.create") for v in hostile_values()]
    + [Probe("example", "e " + v) for v in hostile_values()]
    + [
        Probe(
            "getdoc",
            "Model " + BREAKOUTS["triple_double"] + BREAKOUTS["trailing_backslash"],
            "types.models:Thing",
        )
    ],
)
def _escape_properties(root: Path) -> Any:
    # The same object is a request body (TypedDict, flattened keyword arguments) and a
    # response (pydantic model); `Nested` is a request-only TypedDict reached through it.
    thing = _hostile_object()
    thing["properties"]["nested"] = ref("Nested")
    return spec(
        {"/things": post(ref("Thing"), ref("Thing")), "/wrapped": post(obj({"whole": ref("Thing")}))},
        {"Thing": thing, "Nested": obj({"n " + v: STR for v in hostile_values()})},
    )


@case(
    "escape_enums",
    "escaping",
    config={},
    probes=lambda root: [
        Probe("enum", hostile_values()),
        Probe("enum", [0, -1, 2**62, -(2**62), 7]),
        Probe("enum", ["", " ", "  ", "\t", "\n"]),
    ]
    + [Probe("const", v) for v in hostile_values()],
)
def _escape_enums(root: Path) -> Any:
    return spec(
        {
            "/things": post(
                obj({"s": ref("Hostile"), "i": ref("Numbers"), "w": ref("Blank")}),
                obj({"s": ref("Hostile"), "i": ref("Numbers")}),
            )
        },
        {
            "Hostile": {
                "type": "string",
                "enum": hostile_values(),
                "description": "Enum " + BREAKOUTS["triple_single"],
            },
            "Numbers": {"type": "integer", "enum": [0, -1, 2**62, -(2**62), 7]},
            "Blank": {"type": "string", "enum": ["", " ", "  ", "\t", "\n"]},
        },
    )


@case(
    "escape_tags",
    "escaping",
    config={"resources": {"grouping": "tags", "method_names": "operation_id"}},
    probes=lambda root: [Probe("doc", "Tagged " + v) for v in hostile_values()],
)
def _escape_tags(root: Path) -> Any:
    def make(key: str, value: str) -> dict[str, Any]:
        return {
            "get": {
                "tags": ["tag " + value],
                "operationId": value,
                "summary": "Tagged " + value,
                "responses": ok(STR),
            }
        }

    doc = spec(_one_op_per_string(make))
    doc["tags"] = [{"name": "tag " + v, "description": "About " + v} for v in hostile_values()]
    return doc


_URLS = [
    "https://api.example.com/" + BREAKOUTS["triple_double"].replace(" ", "%20"),
    "https://api.example.com/a\"b'c\\d",
    "https://api.example.com/{{ x }}/{% y %}/{# z #}",
    "http://[::1]:8080/\u202eevil",
    "https://例え.jp/パス?q=\u2028",
    "https://api.example.com/trailing\\",
]


@case("escape_servers", "escaping", config={}, probes=lambda root: [Probe("env", _URLS)])
def _escape_servers(root: Path) -> Any:
    doc = spec({"/things": get(STR)}, servers=_URLS)
    doc["servers"][0]["description"] = BREAKOUTS["triple_double"]
    # The same URLs as an operation's own servers reach a string literal and its docstring.
    doc["paths"]["/things"]["get"]["servers"] = [{"url": _URLS[1]}]
    doc["paths"]["/things"]["servers"] = [{"url": _URLS[0]}]
    # Braces in a server URL are its variables: Jinja's delimiters reach the URL through one's
    # default (substituted once, so the braces it holds stay as they are).
    doc["servers"][2] = {
        "url": "https://api.example.com/{path}",
        "variables": {
            "path": {"default": "{{ x }}/{% y %}/{# z #}", "description": BREAKOUTS["triple_double"]}
        },
    }
    return doc


@case(
    "escape_security",
    "escaping",
    config={},
    probes=lambda root: [Probe("const", "key " + v) for v in _SCHEME_NAMES]
    + [Probe("const", f"X-Key-{i}'`|~") for i in range(len(_SCHEME_NAMES))]
    + [Probe("const", "q " + v) for v in _SCHEME_NAMES],
)
def _escape_security(root: Path) -> Any:
    # Scheme names are free text; header names must be HTTP tokens (odd ones are fine).
    schemes = {
        "key " + n: {"type": "apiKey", "in": "header", "name": f"X-Key-{i}'`|~", "description": "Scheme " + n}
        for i, n in enumerate(_SCHEME_NAMES)
    }
    schemes.update({"query " + n: {"type": "apiKey", "in": "query", "name": "q " + n} for n in _SCHEME_NAMES})
    schemes["class"] = {"type": "http", "scheme": "bearer"}
    schemes["timeout"] = {"type": "http", "scheme": "basic"}
    schemes["123"] = {"type": "apiKey", "in": "query", "name": "api_key"}
    return spec(
        {"/things": get(STR)},
        components={"securitySchemes": schemes},
        security=[{k: []} for k in schemes],
    )


_SCHEME_NAMES = [
    "a",
    BREAKOUTS["triple_double"],
    BREAKOUTS["trailing_backslash"],
    BREAKOUTS["code_injection"],
    BREAKOUTS["bidi"],
]

case(
    "api_key_header_invalid",
    "escaping",
    error=r"\(/components/securitySchemes/k/name\): API key header .* is not a valid HTTP header name",
)(
    lambda root: spec(
        {"/t": get(STR)},
        components={
            "securitySchemes": {"k": {"type": "apiKey", "in": "header", "name": "X-Key\r\nInjected: 1"}}
        },
        security=[{"k": []}],
    )
)


_PATHS = [
    '/a"""b',
    "/c" + "'" * 3 + "d",
    "/back\\slash\\",
    "/nul\x00",
    "/rtl\u202eevil",
    "/line\u2028sep",
    "/%s%(x)s",
    "/#frag",
    "/?q=1",
    "/名前/🐍",
    "/" + BREAKOUTS["code_injection"].replace("\n", "%0A"),
    "/(( x ))",
]


@case(
    "escape_paths",
    "escaping",
    config={},
    # A `#fragment` in a path key is never sent (it only tells two path items apart), so the
    # request path the SDK holds is the part before it.
    probes=lambda root: [Probe("const", p.split("#", 1)[0]) for p in _PATHS]
    + [Probe("doc", "`GET " + p + "`") for p in _PATHS[:3]],
)
def _escape_paths(root: Path) -> Any:
    return spec({p: get(STR) for p in _PATHS})


@case(
    "escape_webhooks",
    "escaping",
    config={},
    probes=lambda root: [Probe("doc", "Hook " + v) for v in hostile_values()]
    + [Probe("alias", "p " + v) for v in hostile_values()],
)
def _escape_webhooks(root: Path) -> Any:
    # 3.1 webhooks: their names become parser functions, their texts docstrings.
    hooks = {}
    for i, v in enumerate(hostile_values() + ["class", "", "parse", "1st", "__init__", "parse_x", "x"]):
        body = obj({"p " + v: STR}) if i < len(hostile_values()) else obj({"n": STR})
        hooks[v] = {
            "post": {
                "summary": "Hook " + v,
                "description": "Hook " + v,
                "requestBody": {"content": {"application/json": {"schema": body}}},
                "responses": {"200": {"description": "ok"}},
            }
        }
    return spec({"/t": get(STR)}, openapi="3.1.0", webhooks=hooks)


@case(
    "escape_yaml_block_scalars",
    "escaping",
    suffix=".yaml",
    config={},
    probes=lambda root: [
        Probe("doc", "Ends with a backslash\\"),
        Probe("doc", '"""'),
        Probe("doc", "{% endraw %}"),
        Probe("enum", ["a\\", '"""', "{{ x }}", "#", "'", "null", "no", "1:1", "0o17", "1e3", "~"]),
    ],
)
def _escape_yaml(root: Path) -> str:
    q3, s3 = '"' * 3, "'" * 3
    lines = [
        "openapi: 3.0.3",
        'info: {title: "Yaml \\"\\"\\" \\\\", version: "1"}',
        "paths:",
        "  /things:",
        "    get:",
        "      summary: |",
        "        Ends with a backslash\\",
        "      description: >-",
        "        " + q3,
        "        {% endraw %}",
        "        {{ config }}",
        "      responses:",
        '        "200":',
        "          description: |-",
        "            " + s3 + "\\",
        "          content:",
        "            application/json:",
        "              schema:",
        "                type: string",
        "                enum: ['a\\', '"
        + q3
        + "', '{{ x }}', '#', \"'\", 'null', 'no', '1:1', '0o17', '1e3', '~']",
    ]
    return "\n".join(lines) + "\n"


@case(
    "escape_long_lines",
    "escaping",
    config={},
    probes=lambda root: [
        Probe("doc", LONG_LINE),
        Probe("enum", [LONG_LINE, "short"]),
        Probe("alias", LONG_LINE),
        Probe("env", ["https://api.example.com/" + "p" * 100_000]),
    ],
)
def _escape_long_lines(root: Path) -> Any:
    return spec(
        {
            "/things": get(
                obj({LONG_LINE: {"type": "string", "enum": [LONG_LINE, "short"], "description": LONG_LINE}}),
                summary=LONG_LINE,
            )
        },
        servers=["https://api.example.com/" + "p" * 100_000],
    )


_HUGE = ("The quick brown fox jumps over the lazy dog. " * 46_000)[:2_000_000] + BREAKOUTS["triple_double"]


@case(
    "escape_2mb_description",
    "escaping",
    config={},
    probes=lambda root: [Probe("getdoc", _HUGE.strip(), "types.models:Big")],
)
def _escape_2mb(root: Path) -> Any:
    return spec({"/big": get(ref("Big"))}, {"Big": obj({"a": STR}, description=_HUGE)})


@case(
    "escape_10k_enum",
    "escaping",
    config={},
    probes=lambda root: [Probe("count", 10_000), Probe("enum", [f"v{i}-{i % 7}" for i in range(10_000)])],
)
def _escape_10k_enum(root: Path) -> Any:
    return spec(
        {"/big": get(ref("Huge"))},
        {"Huge": {"type": "string", "enum": [f"v{i}-{i % 7}" for i in range(10_000)]}},
    )


_BACKTRACKING = (
    "deprecated value `a` suffix, " * 5_000
    + "<b " * 5_000
    + "`` ` " * 2_000
    + "\n**deprecated"
    + " " * 100_000
    + "x\n"  # a long run of blanks, not at a line's end
    + "a"
    + " " * 200_000
    + "b"
)


@case("prose_that_backtracks", "escaping", config={}, probes=lambda root: [Probe("count", 2)])
def _prose_that_backtracks(root: Path) -> Any:
    # Prose shaped to make the text, deprecation and Markdown patterns backtrack: generation
    # must finish (patterns with several lazy gaps, or a `[ ]+$` that rescans a run of blanks
    # from each of its characters, once took minutes to hours on it).
    return spec(
        {"/p": get(ref("E"), description=_BACKTRACKING)},
        {"E": {"type": "string", "enum": ["ba", "b"], "description": _BACKTRACKING}},
    )


@case(
    "lone_surrogate_in_prose",
    "escaping",
    config={},
    probes=lambda root: [
        Probe("doc", "Summary \ufffd x"),
        Probe("doc", "Model \ufffd y"),
        Probe("doc", "Field \ufffd\ufffd z"),
    ],
)
def _surrogate_prose(root: Path) -> Any:
    # JSON can spell a lone surrogate (`\ud800`); it is not Unicode, so prose shows U+FFFD.
    return spec(
        {"/things": get(ref("M"), summary="Summary \ud800 x", description="\udfff")},
        {
            "M": obj(
                {"f": {"type": "string", "description": "Field \udc00\ud800 z"}}, description="Model \ud800 y"
            )
        },
        title="Surrogate \ud800",
    )


# A lone surrogate in a name or a value cannot reach Python code that pydantic, httpx and the
# file system accept: it is refused, at its pointer (shown escaped, on one line).
for _name, _where, _builder in [
    (
        "property",
        r"\(/components/schemas/M/properties/a\\ud800\)",
        lambda: spec({"/t": get(ref("M"))}, {"M": obj({"a\ud800": STR})}),
    ),
    (
        "enum_value",
        r"\(/components/schemas/E/enum/1\)",
        lambda: spec({"/t": get(ref("E"))}, {"E": {"type": "string", "enum": ["ok", "bad\udfff"]}}),
    ),
    (
        "server_url",
        r"\(/servers/0/url\)",
        lambda: spec({"/t": get(STR)}, servers=["https://x.example.com/\ud800"]),
    ),
    (
        "parameter",
        r"\(/paths/~1t/get/parameters/0/name\)",
        lambda: spec(
            {
                "/t": {
                    "get": {
                        "parameters": [{"name": "q\ud800", "in": "query", "schema": STR}],
                        "responses": ok(STR),
                    }
                }
            }
        ),
    ),
    ("path", r"\(/paths/~1t\\udc00\)", lambda: spec({"/t\udc00": get(STR)})),
]:
    case(f"lone_surrogate_in_{_name}", "escaping", error=_where + r": .*lone surrogate")(
        (lambda b: (lambda root: b()))(_builder)
    )


# =============================================================================================
# 2. Names: keywords, builtins, dunders, empty, digits, non-ASCII, collisions, shadowing.
# =============================================================================================

KEYWORDS = [
    "class",
    "def",
    "None",
    "True",
    "False",
    "import",
    "from",
    "async",
    "await",
    "lambda",
    "return",
    "self",
    "cls",
    "pass",
    "yield",
    "global",
    "nonlocal",
    "del",
    "with",
    "not",
    "is",
]
SOFT_KEYWORDS = ["match", "case", "type", "_"]
BUILTINS = [
    "str",
    "int",
    "float",
    "bool",
    "bytes",
    "list",
    "dict",
    "set",
    "tuple",
    "object",
    "type",
    "id",
    "print",
    "len",
    "Exception",
    "property",
    "super",
    "classmethod",
    "staticmethod",
    "range",
    "input",
]
DUNDERS = [
    "__class__",
    "__init__",
    "__dict__",
    "__slots__",
    "__annotations__",
    "__doc__",
    "__module__",
    "__name__",
    "__qualname__",
    "__getattr__",
    "__hash__",
    "__eq__",
    "__mangled",
    "_private",
    "__",
    "___",
    "__pydantic_extra__",
    "__pydantic_fields_set__",
    "__fields__",
    "__root__",
    "_abc_impl",
]
EMPTY_AND_DIGITS = [
    "",
    " ",
    "0",
    "1",
    "123abc",
    "1_000",
    "-",
    "-1",
    ".",
    "..",
    "$",
    "@type",
    "a.b",
    "a b",
    "a-b",
    "a/b",
]
NON_ASCII = [
    "名前",
    "名前2",
    "café",
    "cafe",
    "naïve",
    "🐍",
    "🐍🐍",
    "ﬁeld",
    "field",
    "Ａ",
    "İstanbul",
    "ß",
    "Σίσυφος",
    "\u0301",
    "e\u0301",
    "é",
    "ｆｕｌｌ",
]
COLLISIONS = ["fooBar", "foo_bar", "FooBar", "foo-bar", "FOO_BAR", "foo bar", "foobar", "FOOBAR", "fooBar_"]
PYDANTIC = [
    "model_config",
    "model_dump",
    "model_fields",
    "model_validate",
    "model_post_init",
    "model_extra",
    "json",
    "copy",
    "schema",
    "dict",
    "fields",
    "validate",
    "construct",
    "parse_obj",
    "model_computed_fields",
]
MODULES = [
    "typing",
    "typing_extensions",
    "models",
    "params",
    "enums",
    "pydantic",
    "datetime",
    "uuid",
    "httpx",
    "os",
    "functools",
    "NOT_GIVEN",
    "NotGiven",
    "RequestOptions",
    "FileContent",
    "JsonValue",
    "BaseModel",
    "request_options",
    "body",
    "core",
    "_core",
    "cast_to",
    "options",
]

NAME_GROUPS = {
    "keywords": KEYWORDS,
    "soft_keywords": SOFT_KEYWORDS,
    "builtins": BUILTINS,
    "dunders": DUNDERS,
    "empty_and_digits": EMPTY_AND_DIGITS,
    "non_ascii": NON_ASCII,
    "case_collisions": COLLISIONS,
    "pydantic_shadows": PYDANTIC,
    "module_shadows": MODULES,
}


def _enum_values(names: list[str]) -> list[str]:
    """The names, then their upper-case forms (which collide once case is folded)."""
    return list(dict.fromkeys([*names, *(n.upper() for n in names)]))


def _names_spec(names: list[str]) -> dict[str, Any]:
    """Every name as a property (request and response), a query parameter and an enum value."""
    props = {n: {"type": "string", "description": f"doc of {n!r}"} for n in names}
    props["other"] = {"type": "integer"}  # annotations after shadowing names must still resolve
    props["when"] = {"type": "string", "format": "date-time"}
    props["tags"] = {"type": "array", "items": STR}
    shape = obj(props, required=names[: len(names) // 2])
    params = [{"name": n, "in": "query", "schema": STR} for n in names]
    return spec(
        {
            "/things": {
                **post(ref("Shape"), ref("Shape")),
                "get": {"parameters": params, "responses": ok(ref("Shape"))},
            },
            "/by-enum": get(ref("Values")),
        },
        {"Shape": shape, "Values": {"type": "string", "enum": _enum_values(names)}},
    )


def _names_probes(names: list[str]) -> Callable[[Path], list[Probe]]:
    def probes(root: Path) -> list[Probe]:
        values = _enum_values(names)
        return (
            [Probe("enum", values)]
            + [Probe("alias", n) for n in names]
            + [Probe("key", n) for n in names]
            + [Probe("const", n) for n in names if n]
        )

    return probes


for _group, _names in NAME_GROUPS.items():
    case(f"names_{_group}", "names", config={}, probes=_names_probes(_names))(
        (lambda ns: (lambda root: _names_spec(ns)))(_names)
    )


@case(
    "names_schemas",
    "names",
    config={},
    probes=lambda root: [Probe("alias", "pet"), Probe("key", "inline_pet")],
)
def _names_schemas(root: Path) -> Any:
    # Component names that are keywords, builtins, runtime names or collide after case folding,
    # and an inline schema whose generated name is the component `ThingsCreateResponse`'s.
    names = [
        "None",
        "none",
        "True",
        "class",
        "Pet",
        "pet",
        "PET",
        "BaseModel",
        "StrEnum",
        "IntEnum",
        "JsonValue",
        "FileContent",
        "NotGiven",
        "Client",
        "AsyncClient",
        "Environment",
        "typing",
        "models",
        "Model",
        "Type",
        "Literal",
        "PetLiteral",
        "Optional",
        "_",
        "__init__",
        "1Pet",
        "Pet_1",
        "Thing.V1",
        "a-b",
        "a_b",
        "ThingsCreateResponse",
        "ThingsCreateBody",
        "CON",
        "NUL",
        "Aux",
        "com1",
        "LPT9",
        "self",
        "str",
        "int",
    ]
    schemas: dict[str, Any] = {n: obj({"pet": STR, "n": STR}) for n in names}
    schemas["PetEnum"] = {"type": "string", "enum": ["a", "b"]}
    schemas["Pet2"] = {"type": "string", "enum": ["a", "b"]}
    schemas["Petenum"] = {"type": "string", "enum": ["x"]}
    schemas["AllRefs"] = obj({n: ref(n) for n in names} | {"e": ref("PetEnum"), "e2": ref("Pet2")})
    return spec(
        {
            "/things": post(
                obj({"inline_pet": STR, "all": ref("AllRefs")}),
                obj({"pet": STR, "inline": obj({"pet": STR})}),
            ),
            "/pets": get(ref("AllRefs")),
        },
        schemas,
    )


@case(
    "names_component_beats_inline",
    "names",
    config={},
    probes=lambda root: [
        Probe("getdoc", "The component PetTag.", "types.models:PetTag"),
        Probe("getdoc", "The component Pet.", "types.models:Pet"),
        Probe("getdoc", "The component PetTagEnum.", "types.enums:PetTagEnum"),
    ],
)
def _names_component_beats_inline(root: Path) -> Any:
    # Inline schemas inside `Pet` are registered before the components after it; their wanted
    # names (`Pet` for the property "", `PetTag`, `PetTagEnum`) belong to the components.
    return spec(
        {"/pets": get(ref("Pet"))},
        {
            "Pet": obj(
                {
                    "": obj({"x": STR}, required=["x"]),
                    "tag": obj({"y": STR}),
                    "tag enum": {"type": "string", "enum": ["a"]},
                },
                description="The component Pet.",
            ),
            "PetTag": obj({"z": STR}, description="The component PetTag."),
            "PetTagEnum": {"type": "string", "enum": ["b"], "description": "The component PetTagEnum."},
        },
    )


_PATH_PARAMS = [
    "class",
    "x y",
    "名前",
    "__init__",
    "self",
    "a.b",
    "request_options",
    'q"uote',
    "back\\slash",
    "%41",
]


@case(
    "names_path_parameters",
    "names",
    config={},
    probes=lambda root: [Probe("const", "/items/" + "/".join("{" + n + "}" for n in _PATH_PARAMS))]
    + [Probe("const", n) for n in _PATH_PARAMS]
    + [Probe("doc", "Path param " + n) for n in _PATH_PARAMS],
)
def _names_path_parameters(root: Path) -> Any:
    path = "/items/" + "/".join("{" + n + "}" for n in _PATH_PARAMS)
    params = [
        {"name": n, "in": "path", "required": True, "description": "Path param " + n, "schema": STR}
        for n in _PATH_PARAMS
    ]
    params.append({"name": "class", "in": "query", "schema": STR})  # same name, another location
    return spec({path: {"get": {"parameters": params, "responses": ok(STR)}}})


@case(
    "mixed_enums_and_duplicate_servers",
    "valid_oddities",
    config={},
    # Two servers with one URL: `SERVER_2` is an alias of `PRODUCTION`.
    probes=lambda root: [
        Probe("alias", "mixed"),
        Probe("env", ["https://a.example.com", "https://b.example.com"]),
    ]
    + [
        Probe("roundtrip", {"mixed": v, "either": w}, "types.models:M")
        for v, w in [(True, True), (1, 1), ("1", True), (2.5, 1), ("true", 1)]
    ],
)
def _mixed_enums(root: Path) -> Any:
    return spec(
        {"/a": {**get(ref("M")), **post(ref("M"), ref("M"))}},
        {
            "M": obj(
                {
                    "mixed": {"enum": [True, 1, "1", 1.5, 2.5, None, "true"]},
                    "bools": {"type": "boolean", "enum": [False]},
                    "one": {"type": "string", "enum": ["only"]},
                    "fixed": {"const": 0.5},
                    "fixed_obj": {"const": {"a": [1]}},
                    "either": {"oneOf": [{"const": True}, {"const": 1}]},
                }
            )
        },
        servers=["https://a.example.com", "https://a.example.com", "https://b.example.com"],
        openapi="3.1.0",
    )


@case(
    "names_resources",
    "names",
    config={},
    probes=lambda root: [
        Probe("attr", True, "_client:Client.close"),
        Probe("attr", True, "_client:Client.__enter__"),
    ],
)
def _names_resources(root: Path) -> Any:
    # Path segments that would shadow the client's own attributes or be keywords.
    paths = {}
    for segment in [
        "close",
        "with_options",
        "_core",
        "__init__",
        "__enter__",
        "self",
        "class",
        "import",
        "123",
        "types",
        "resources",
        "environment",
        "Client",
        "名前",
        "..",
        "%2e%2e",
        "CON",
        "nul",
        "aux",
    ]:
        paths[f"/{segment}"] = get(STR)
        paths[f"/{segment}/{{id}}"] = {
            "get": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": STR}],
                "responses": ok(STR),
            },
            "delete": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": STR}],
                "responses": {"204": {"description": "gone"}},
            },
        }
    paths["/things/close"] = get(STR)
    paths["/things/get"] = get(STR)
    paths["/things/{id}"] = {
        "get": {
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": STR}],
            "responses": ok(STR),
        }
    }
    return spec(paths)


@case(
    "names_operation_ids",
    "names",
    config={"resources": {"grouping": "tags", "method_names": "operation_id"}},
    probes=lambda root: [
        Probe("attr", True, "resources.default:DefaultResource.get_item"),
        Probe("attr", True, "resources.default:DefaultResource.get_item2"),
    ],
)
def _names_operation_ids(root: Path) -> Any:
    # operationIds that are distinct but collide once snake-cased, or are keywords / empty-ish.
    ids = [
        "getItem",
        "get_item",
        "GetItem",
        "get-item",
        "class",
        "None",
        "__init__",
        "with_options",
        "123",
        "-",
        "名前",
        "request",
        "_core",
    ]
    return spec({f"/p{i}": get(STR, operationId=op_id) for i, op_id in enumerate(ids)})


@case(
    "names_duplicate_operation_ids",
    "names",
    error=r"(?i)operation ?id.*(used|unique|duplicate)|duplicate.*operationId",
)
def _dup_op_ids(root: Path) -> Any:
    return spec({"/a": get(STR, operationId="same"), "/b": get(STR, operationId="same")})


@case(
    "names_title_keyword",
    "names",
    default_package=True,
    config=None,
    probes=lambda root: [Probe("getdoc", "class Python SDK", "")],
)
def _title_keyword(root: Path) -> Any:
    return spec({"/t": get(STR)}, title="class")


@case(
    "names_title_stdlib",
    "names",
    default_package=True,
    config=None,
    probes=lambda root: [Probe("getdoc", "Typing Python SDK", "")],
)
def _title_stdlib(root: Path) -> Any:
    # A package called `typing` (or `pydantic`, `httpx`) would shadow what the SDK imports.
    return spec({"/t": get(STR)}, title="Typing")


@case(
    "names_title_unicode_only",
    "names",
    default_package=True,
    config=None,
    probes=lambda root: [Probe("getdoc", "名前 🐍 Python SDK", "")],
)
def _title_unicode(root: Path) -> Any:
    return spec({"/t": get(STR)}, title="名前 🐍")


@case(
    "config_package_keyword",
    "names",
    config={"package": "class"},
    error=r"sdk\.yaml \(/package\): `package` .class. is a Python keyword",
)
def _config_package_keyword(root: Path) -> Any:
    return spec({"/t": get(STR)})


@case(
    "config_client_keyword",
    "names",
    config={"clients": {"sync": "None"}},
    error=r"sdk\.yaml \(/clients/sync\): ",
)
def _config_client_keyword(root: Path) -> Any:
    return spec({"/t": get(STR)})


@case(
    "config_package_shadows_dependency",
    "names",
    config={"package": "pydantic"},
    error=r"sdk\.yaml \(/package\): ",
)
def _config_package_dep(root: Path) -> Any:
    return spec({"/t": get(STR)})


# =============================================================================================
# 3. Paths: names that try to leave the output directory.
# =============================================================================================


def _traversal_names(root: Path) -> list[str]:
    return [
        "../../../escaped",
        "..\\..\\escaped",
        "/" + str(root / "absolute_escape").lstrip("/"),
        str(root / "absolute_escape2"),
        "C:\\Windows\\escaped",
        "\\\\server\\share\\escaped",
        "a/../../b",
        "..",
        ".",
        "...",
        "~",
        "~root",
        "CON",
        "NUL",
        "COM1",
        "LPT1",
        "aux.py",
        "con.txt",
        "trailing.",
        "trailing ",
        " leading",
        "nul\x00byte",
        "new\nline",
        "%2e%2e%2f",
        "__init__",
        "__pycache__",
        ".sdkgen",
        ".git",
        "README.md",
        "pyproject.toml",
    ]


@case(
    "paths_tags",
    "paths",
    config={"resources": {"grouping": "tags"}},
    probes=lambda root: [Probe("doc", "Op " + n) for n in _traversal_names(root)],
)
def _paths_tags(root: Path) -> Any:
    names = _traversal_names(root)
    return spec({f"/p{i}": get(STR, tags=[n], summary="Op " + n) for i, n in enumerate(names)})


@case(
    "paths_operation_ids", "paths", config={"resources": {"grouping": "tags", "method_names": "operation_id"}}
)
def _paths_op_ids(root: Path) -> Any:
    names = _traversal_names(root)
    return spec({f"/p{i}": get(STR, tags=[n], operationId=n) for i, n in enumerate(names)})


@case("paths_url_segments", "paths", config={})
def _paths_segments(root: Path) -> Any:
    names = ["..", "...", "CON", "nul", "com1", "aux", "%2e%2e", "a\\b", "__init__", "~", "$", "trailing."]
    return spec(
        {"/" + n + f"/x{i}": get(STR) for i, n in enumerate(names)}
        | {"/" + "/".join(["..", "..", "etc"]): get(STR)}
    )


@case(
    "paths_schema_names_traversal",
    "paths",
    config={},
    probes=lambda root: [Probe("alias", "a"), Probe("alias", "b")],
)
def _paths_schema_traversal(root: Path) -> Any:
    # OpenAPI wants component names to match ^[a-zA-Z0-9.\-_]+$, but the validator lets these
    # through: the module names they give must still stay inside the package.
    names = ["../../escaped", "..\\..\\escaped", "/etc/passwd", "a/../../b", "C:\\x", "\x00nul"]
    return spec(
        {
            "/t": get(
                obj({f"p{i}": ref(n.replace("~", "~0").replace("/", "~1")) for i, n in enumerate(names)})
            )
        },
        {n: obj({"a": STR, "b": STR}) for n in names},
    )


@case("paths_schema_names_reserved", "paths", config={}, probes=lambda root: [Probe("alias", "con_field")])
def _paths_schema_reserved(root: Path) -> Any:
    names = [
        "CON",
        "con",
        "Nul",
        "COM1",
        "LPT1",
        "aux",
        "Prn",
        "..",
        "...",
        "_",
        "__init__",
        "__pycache__",
        "Readme",
    ]
    schemas = {n: obj({"con_field": STR}) for n in names}
    schemas["Enums"] = {"type": "string", "enum": ["CON", "NUL", "..", "/", "\\"]}
    return spec({"/t": get(obj({n: ref(n) for n in names} | {"e": ref("Enums")}))}, schemas)


# =============================================================================================
# 4. Loading: alias bombs, deep nesting, $ref cycles, missing / remote / outside refs.
# =============================================================================================

_ALIAS_BOMB = """openapi: 3.0.3
info: {title: bomb, version: "1"}
paths: {}
x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
x-b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
x-c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
x-d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
x-e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
x-f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
x-g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
x-h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
x-i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""

case("yaml_alias_bomb", "loading", suffix=".yaml", error=r"alias bomb")(lambda root: _ALIAS_BOMB)
case("yaml_deep_nesting", "loading", suffix=".yaml", error=r"nested deeper than")(
    lambda root: "openapi: 3.0.3\ninfo: {title: deep, version: '1'}\npaths: {}\nx-deep: "
    + "[" * 10_000
    + "]" * 10_000
    + "\n"
)
case("yaml_deep_block_nesting", "loading", suffix=".yaml", error=r"nested deeper than")(
    lambda root: "openapi: 3.0.3\ninfo: {title: deep, version: '1'}\npaths: {}\nx-deep:\n"
    + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(2_000))
)
case("json_deep_nesting", "loading", error=r"nested deeper than")(
    lambda root: '{"openapi": "3.0.3", "info": {"title": "deep", "version": "1"}, "paths": {}, "x-deep": '
    + "[" * 10_000
    + "]" * 10_000
    + "}"
)
case("json_deep_objects", "loading", error=r"nested deeper than")(
    lambda root: '{"openapi": "3.0.3", "info": {"title": "deep", "version": "1"}, "paths": {}, "x-deep": '
    + '{"a":' * 10_000
    + "1"
    + "}" * 10_000
    + "}"
)


def _deep_schema(depth: int) -> dict[str, Any]:
    node: dict[str, Any] = STR
    for _ in range(depth):
        node = obj({"child": node})
    return node


case("schema_nesting_within_limit", "loading", config={}, probes=lambda root: [Probe("alias", "child")])(
    lambda root: spec({"/deep": get(_deep_schema(15))})
)
case("yaml_python_tag", "loading", suffix=".yaml", error=r"invalid YAML")(
    lambda root: "openapi: 3.0.3\ninfo: !!python/object/apply:os.system ['echo pwned']\npaths: {}\n"
)
case("yaml_duplicate_keys", "loading", suffix=".yaml", error=r"duplicate key 'paths'")(
    lambda root: "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\npaths: {}\n"
)
case("json_duplicate_keys", "loading", error=r"duplicate key 'openapi'")(
    lambda root: '{"openapi": "3.0.3", "openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}'
)
case("json_nan", "loading", error=r"NaN is not valid JSON")(
    lambda root: '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, "x": NaN}'
)
case("json_syntax_error", "loading", error=r"spec/openapi\.json:3.*invalid JSON")(
    lambda root: '{\n"openapi": "3.0.3",\n,}'
)
case("not_utf8", "loading", error=r"not UTF-8")(
    lambda root: b"openapi: 3.0.3\ninfo: {title: \xff\xfe, version: '1'}\n"
)
case("empty_document", "loading", suffix=".yaml", error=r"must be a mapping")(lambda root: "")
case("document_is_a_list", "loading", error=r"must be a mapping")(lambda root: [1, 2, 3])
case("swagger_2", "loading", error=r"Swagger 2\.0 is not supported")(
    lambda root: {"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}}
)
case("openapi_4", "loading", error=r"unsupported `openapi` version")(
    lambda root: {"openapi": "4.0.0", "info": {"title": "t", "version": "1"}, "paths": {}}
)


@case(
    "ref_cycle_through_properties",
    "refs",
    config={},
    probes=lambda root: [Probe("alias", "b"), Probe("alias", "a"), Probe("alias", "self")],
)
def _ref_cycle(root: Path) -> Any:
    return spec(
        {"/a": {**get(ref("A")), **post(ref("A"), ref("B"))}},
        {
            "A": obj({"b": ref("B"), "items": {"type": "array", "items": ref("A")}, "self": ref("A")}),
            "B": obj({"a": ref("A"), "map": {"type": "object", "additionalProperties": ref("B")}}),
        },
    )


case("ref_pure_alias_cycle", "refs", error=r"\$ref.*(refers back to itself|cycle)")(
    lambda root: spec({"/a": get(ref("A"))}, {"A": ref("B"), "B": ref("A")})
)
case("ref_self_alias", "refs", error=r"\$ref.*(refers back to itself|cycle)")(
    lambda root: spec({"/a": get(ref("A"))}, {"A": ref("A")})
)


case(
    "dynamic_ref_cycle",
    "refs",
    config={},
    warning=r"`\$dynamicRef` not followed: it leads back to itself through references only",
)(
    lambda root: spec(
        {"/a": get(ref("A"))},
        {
            "A": {"$dynamicAnchor": "a", "$dynamicRef": "#/components/schemas/C"},
            "C": {"$dynamicRef": "#a"},
            "Self": {"$dynamicAnchor": "self", "$dynamicRef": "#self"},
        },
        openapi="3.1.0",
    )
)
case("dynamic_ref_remote", "refs", error=r"remote references are off")(
    lambda root: spec({"/a": get({"$dynamicRef": "https://example.com/tree.json#node"})}, openapi="3.1.0")
)


@case("ref_recursive_array_alias", "refs", config={}, probes=lambda root: [Probe("const", "/tree")])
def _ref_array_alias(root: Path) -> Any:
    # A named array of itself (JSON's own shape): a recursive alias, not a model.
    return spec({"/tree": get(ref("Tree"))}, {"Tree": {"type": "array", "items": ref("Tree")}})


@case("ref_recursive_union_alias", "refs", config={}, probes=lambda root: [Probe("const", "/json")])
def _ref_union_alias(root: Path) -> Any:
    return spec(
        {"/json": get(ref("Json"))},
        {
            "Json": {
                "oneOf": [
                    STR,
                    {"type": "number"},
                    {"type": "array", "items": ref("Json")},
                    {"type": "object", "additionalProperties": ref("Json")},
                ]
            }
        },
    )


case(
    "ref_missing_target",
    "refs",
    error=r"\(/paths/~1a/get/responses/200/content/application~1json/schema\): \$ref '#/components/schemas/Nope' points to nothing",
)(lambda root: spec({"/a": get(ref("Nope"))}))
case(
    "ref_missing_file",
    "refs",
    error=r"\(/paths/~1a/get/responses/200/content/application~1json/schema\): \$ref to .missing.yaml.: there is no such file",
)(lambda root: spec({"/a": get({"$ref": "missing.yaml#/X"})}))
case("ref_remote_url", "refs", error=r"remote references are off")(
    lambda root: spec({"/a": get({"$ref": "https://example.com/schemas.yaml#/Pet"})})
)
case("ref_protocol_relative", "refs", error=r"remote references are off")(
    lambda root: spec({"/a": get({"$ref": "//example.com/schemas.yaml#/Pet"})})
)
case("ref_file_url", "refs", error=r"remote references are off")(
    lambda root: spec({"/a": get({"$ref": "file:///etc/passwd"})})
)
case(
    "ref_outside_folder",
    "refs",
    error=r"leaves the spec's folder",
    files=lambda root: {"outside.yaml": "Pet: {type: string}\n"},
)(lambda root: spec({"/a": get({"$ref": "../outside.yaml#/Pet"})}))
case("ref_absolute_path", "refs", error=r"leaves the spec's folder")(
    lambda root: spec({"/a": get({"$ref": str(root / "outside.yaml") + "#/Pet"})})
)
case("ref_etc_passwd", "refs", error=r"leaves the spec's folder")(
    lambda root: spec({"/a": get({"$ref": "/etc/passwd"})})
)
case(
    "ref_encoded_traversal",
    "refs",
    error=r"leaves the spec's folder",
    files=lambda root: {"outside.yaml": "Pet: {type: string}\n"},
)(lambda root: spec({"/a": get({"$ref": "%2e%2e/outside.yaml#/Pet"})}))
case(
    "ref_symlink_outside",
    "refs",
    error=r"leaves the spec's folder",
    files=lambda root: {
        "outside.yaml": "Pet: {type: string}\n",
        "spec/link.yaml": "@symlink ../outside.yaml",
    },
)(lambda root: spec({"/a": get({"$ref": "link.yaml#/Pet"})}))
case("ref_non_pointer_fragment", "refs", error=r"only JSON-pointer fragments")(
    lambda root: spec({"/a": get({"$ref": "#Pet"})}, {"Pet": STR})
)


@case(
    "ref_local_file_inside",
    "refs",
    config={},
    files=lambda root: {
        "spec/schemas/pet.yaml": 'Pet:\n  type: object\n  properties:\n    name: {type: string, description: \'From """ a file\'}\n'
    },
    probes=lambda root: [Probe("alias", "name"), Probe("doc", 'From """ a file')],
)
def _ref_local(root: Path) -> Any:
    return spec({"/pets": get({"$ref": "schemas/pet.yaml#/Pet"})})


# =============================================================================================
# 5. Unsupported or invalid constructs: exit 2 with the pointer, never a traceback.
# =============================================================================================

# Constructs the SDK does not model but can degrade: they generate, with a warning at the place.
case(
    "degraded_not",
    "valid_oddities",
    config={},
    warning=r"\(/components/schemas/M/not\): schema keyword 'not' only narrows the values allowed",
)(lambda root: spec({"/a": get(ref("M"))}, {"M": {"not": STR}}))
case("schema_false", "unsupported", error=r"\(/components/schemas/M/properties/never\): schema `false`")(
    lambda root: spec({"/a": get(ref("M"))}, {"M": obj({"never": False})}, openapi="3.1.0")
)
case(
    "unsupported_security_scheme",
    "unsupported",
    error=r"\(/components/securitySchemes/tls\): unsupported security scheme type 'mutualTLS'",
)(
    lambda root: spec(
        {"/a": get(STR)},
        openapi="3.1.0",
        components={"securitySchemes": {"tls": {"type": "mutualTLS"}}},
        security=[{"tls": []}],
    )
)
case(
    "degraded_body_media",
    "valid_oddities",
    config={},
    warning=r"\(/paths/~1a/post/requestBody/content/application~1xml\): .*unknown media type",
)(
    lambda root: spec(
        {
            "/a": {
                "post": {
                    "requestBody": {"content": {"application/xml": {"schema": obj({"a": STR})}}},
                    "responses": ok(STR),
                }
            }
        }
    )
)
case("path_parameter_missing", "unsupported", error=r"\(/paths/~1a~1\{id\}/get\): path template has \{id\}")(
    lambda root: spec({"/a/{id}": get(STR)})
)
case("invalid_openapi", "unsupported", error=r"\(/paths/~1a/get/responses\)")(
    lambda root: spec({"/a": {"get": {"responses": "nope"}}})
)
case(
    "degraded_allof_of_string",
    "valid_oddities",
    config={},
    warning=r"\(/components/schemas/M/allOf/1\): `allOf` member that is not an object schema",
)(lambda root: spec({"/a": get(ref("M"))}, {"M": {"allOf": [obj({"a": STR}), STR]}}))
case(
    "config_unknown_key",
    "unsupported",
    config={"pakage": "x"},
    error=r"sdk\.yaml \(/pakage\): unknown key 'pakage'",
)(lambda root: spec({"/a": get(STR)}))


def _occupied(out: Path) -> None:
    out.mkdir(parents=True)
    (out / "precious.txt").write_text("user data\n")


case("output_dir_not_generated", "writing", config={}, prepare=_occupied, error=r"refusing to replace")(
    lambda root: spec({"/a": get(STR)})
)


def _file_out(out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("a file, not a directory\n")


case("output_path_is_a_file", "writing", config={}, prepare=_file_out, error=r"not a directory")(
    lambda root: spec({"/a": get(STR)})
)


# --- odd but valid: must generate ------------------------------------------------------------

case(
    "required_without_property",
    "valid_oddities",
    config={},
    warning=r"/components/schemas/M/required\): required property 'ghost' has no definition",
    probes=lambda root: [Probe("alias", "real")],
)(lambda root: spec({"/a": get(ref("M"))}, {"M": obj({"real": STR}, required=["real", "ghost"])}))


case(
    "unknown_format",
    "valid_oddities",
    config={},
    warning=r"\(/components/schemas/M/properties/a/format\): unknown format 'weird\\x00' \(of a string schema\): typed as a plain str",
    probes=lambda root: [Probe("alias", "a"), Probe("alias", "b")],
)(
    lambda root: spec(
        {"/a": get(ref("M"))},
        {
            "M": obj(
                {"a": {"type": "string", "format": "weird\x00"}, "b": {"type": "integer", "format": "int128"}}
            )
        },
    )
)


@case(
    "openapi_31_shapes",
    "valid_oddities",
    config={},
    via_cli=True,
    probes=lambda root: [Probe("alias", "maybe"), Probe("enum", ["a", "b"]), Probe("alias", "any thing")],
)
def _openapi_31(root: Path) -> Any:
    return spec(
        {"/a": {**get(ref("M")), **post(ref("M"), ref("M"))}},
        {
            "M": obj(
                {
                    "maybe": {"type": ["string", "null"]},
                    "const": {"const": 'fixed """ \\'},
                    "e": {"type": "string", "enum": ["a", "b", None]},
                    "any thing": {},
                    "map": {"type": "object", "additionalProperties": {"type": "integer"}},
                    "union": {
                        "oneOf": [
                            obj({"kind": {"const": "x"}, "x": STR}),
                            obj({"kind": {"const": "y"}, "y": {"type": "integer"}}),
                        ]
                    },
                    "when": {"type": "string", "format": "date-time"},
                    "blob": {"type": "string", "contentEncoding": "base64"},
                },
                required=["maybe"],
            )
        },
        openapi="3.1.0",
    )


@case(
    "yaml_merge_keys_and_anchors",
    "valid_oddities",
    suffix=".yaml",
    config={},
    probes=lambda root: [Probe("alias", "shared"), Probe("alias", "own")],
)
def _yaml_merge(root: Path) -> str:
    return """openapi: 3.0.3
info: {title: merge, version: '1'}
paths:
  /a:
    get:
      responses:
        200:
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  <<: &shared
                    shared: {type: string}
                  own: {type: integer}
"""
