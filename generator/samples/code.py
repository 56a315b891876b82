"""The two samples of each operation: the Python one and the curl one.

The Python sample is the docs page's example, rendered by the same Jinja environment from the
same view (`views.Method`) through the same macro (`example_call` in `package/macros.jinja`,
which docstrings and docs pages call): `generate()` where the operation has one, else the
method, with the set-up lines the docs page puts around it. A template override of the macros
changes the samples with the docs. A call whose method returns nothing is not assigned to `res`
(mypy rejects using the value of a function that returns None).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2

from .. import ir
from ..config import Config
from ..errors import Problem, SpecError
from ..render import BUILTIN_TEMPLATES, environment
from ..views import environments, resource_views
from .curl import curl_source

PYTHON_LANG = "python"
PYTHON_LABEL = "Python"
CURL_LANG = "curl"
CURL_LABEL = "curl"
CURL_LANGS = ("curl", "shell", "bash", "sh")
"""What specs call their curl samples' language; a spec's own choice is kept."""

_PYTHON = """{% import "package/macros.jinja" as m %}
from {{ package }} import {{ config.client }}
{% if method.example_params %}
{{ m.example_imports(method) }}
{% endif %}

client = {{ config.client }}()
{{ "res = " if method.returns != "None" }}{{ m.example_call(view, method, name, extra) }}"""


@dataclass(frozen=True)
class Sources:
    op: ir.Operation
    call: str
    """What the Python sample calls: `client.v1.images.generate`."""
    python: str
    curl: str


def sources(api: ir.Api, config: Config, templates: Path | None) -> list[Sources]:
    """Both samples of every operation of the SDK, in the order of its resource tree."""
    template = environment(api, config, templates).from_string(_PYTHON)
    base_url = environments(api, config)[0][1]
    found = []
    for view in resource_views(api):
        for method in view.methods:
            name, extra = ("generate", method.job_example_extra) if method.job else (method.op.name, ())
            try:
                python = template.render(view=view, method=method, name=name, extra=extra)
            except jinja2.TemplateError as exc:
                where = str(templates or BUILTIN_TEMPLATES) + "/package/macros.jinja"
                raise SpecError(Problem(f"template error in the example macro: {exc}", where)) from None
            curl = curl_source(api, base_url, method)
            found.append(Sources(method.op, f"{view.access}.{name}", python, curl))
    return found


def curl_language(tree: object) -> str:
    """The `lang` the spec's own curl samples use (`curl`, `shell`, ...), else `curl`."""
    paths = tree.get("paths") if isinstance(tree, dict) else None
    for item in paths.values() if isinstance(paths, dict) else ():
        for op in item.values() if isinstance(item, dict) else ():
            samples = op.get("x-codeSamples") if isinstance(op, dict) else None
            for sample in samples if isinstance(samples, list) else ():
                lang = sample.get("lang") if isinstance(sample, dict) else None
                if isinstance(lang, str) and lang.lower() in CURL_LANGS:
                    return lang
    return CURL_LANG
