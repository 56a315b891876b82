"""Deprecation in description prose: the four forms of the Magic Hour spec, and no false positives."""

from __future__ import annotations

import json

import yaml
from pathlib import Path

from conftest import FULL_SPEC
from generator.normalize.deprecation import extract, extract_enum
from generator.errors import Diagnostics
from generator.ir import Enum
from generator.load import load
from generator.normalize import Options, normalize
from generator.pipeline import Inputs, build


def test_form_1_heading_with_replacement() -> None:
    text = "Pick a model.\n\n**Deprecated Enum Values:**\n- `seedream` - Use `seedream-v4` instead.\n"
    description, own, members = extract_enum(text, ["default", "seedream", "seedream-v4"])
    assert own is None
    assert description == "Pick a model."
    assert members["seedream"].replacement == "seedream-v4"
    assert set(members) == {"seedream"}


def test_form_2_heading_with_star_items() -> None:
    text = (
        "Controls motion.\n* `realistic` - good.\n\n**Deprecated values (maintained for backward compatibility):**\n"
        "* `pro` - Deprecated: use `realistic`\n* `standard` - Deprecated: use `prompted`\n"
    )
    description, _, members = extract_enum(text, ["realistic", "prompted", "pro", "standard"])
    assert {k: v.replacement for k, v in members.items()} == {"pro": "realistic", "standard": "prompted"}
    assert "pro" not in description and "* `realistic` - good." in description


def test_form_3_inline_parenthesis() -> None:
    text = "Type.\n* `upper_body` - shirts\n* `dresses` - for entire outfit (deprecated, use `entire_outfit` instead)\n* `entire_outfit` - all"
    description, _, members = extract_enum(text, ["upper_body", "dresses", "entire_outfit"])
    assert members["dresses"].replacement == "entire_outfit"
    assert members["dresses"].message.startswith("for entire outfit")
    assert "dresses" not in description


def test_form_4_inline_bold() -> None:
    text = "Resolution.\n- `1k` — up to 1024px\n- `auto` — **Deprecated.** Mapped server-side from your tier\n\n**Per-model:**\n- `x` - 1k"
    description, _, members = extract_enum(text, ["1k", "auto"])
    assert members["auto"].replacement is None
    assert members["auto"].message == "Mapped server-side from your tier"
    assert "**Per-model:**" in description and "auto" not in description


def test_mentions_are_not_deprecations() -> None:
    text = "Model.\n* `kling-2.5`: fast, see `veo3.1`; `sora` was deprecated last year\n\nThe `-audio` suffix adds audio."
    description, _, members = extract_enum(text, ["kling-2.5", "kling-2.5-audio", "veo3.1", "sora"])
    assert members == {} and description == text
    text = "If you specify the deprecated model value that includes the `-hd` suffix, it is HD."
    description, _, members = extract_enum(text, ["kling-2.5", "kling-2.5-audio"])
    assert members == {} and description == text, "no member carries the suffix"


def test_form_5_affix_sentence() -> None:
    sentence = "If you specify the deprecated model value that includes the `-audio` suffix, it has audio."
    text = f"The model.\n\n* `kling-2.5`: fast\n\nPick one. {sentence} Or not."
    description, _, members = extract_enum(text, ["kling-2.5", "kling-2.5-audio", "veo3.1-audio", "-audio"])
    assert sorted(members) == ["kling-2.5-audio", "veo3.1-audio"]
    assert {m.message for m in members.values()} == {sentence}
    assert all(m.replacement is None for m in members.values())
    assert description == "The model.\n\n* `kling-2.5`: fast\n\nPick one. Or not."
    _, _, members = extract_enum("Values with the `legacy-` prefix are deprecated values.", ["legacy-a", "a"])
    assert members == {}, "the sentence names no deprecated value before the affix"
    _, _, members = extract_enum("Deprecated values carry the `legacy-` prefix.", ["legacy-a", "a"])
    assert list(members) == ["legacy-a"]


def test_field_level_prose() -> None:
    description, dep = extract(
        "DEPRECATED: Use `aspect_ratio` instead. The orientation of the output image(s)."
    )
    assert dep is not None and dep.replacement == "aspect_ratio"
    assert dep.message == "Use `aspect_ratio` instead."
    assert description == "The orientation of the output image(s)."


def test_full_spec_deprecated_enum_values() -> None:
    doc = load(FULL_SPEC)
    api = normalize(doc, Options(), Diagnostics())
    found = sorted(
        (t.pointer.split("/")[2].replace("~1", "/"), m.value, m.deprecated.replacement)
        for t in api.types
        if isinstance(t, Enum)
        for m in t.members
        if m.deprecated
    )
    assert found == [
        ("/v1/ai-clothes-changer", "dresses", "entire_outfit"),
        ("/v1/ai-image-editor", "auto", None),
        ("/v1/ai-image-generator", "auto", None),
        ("/v1/ai-image-generator", "seedream", "seedream-v4"),
        ("/v1/ai-talking-photo", "expressive", "prompted"),
        ("/v1/ai-talking-photo", "pro", "realistic"),
        ("/v1/ai-talking-photo", "stable", "realistic"),
        ("/v1/ai-talking-photo", "standard", "prompted"),
        ("/v1/image-to-video", "kling-2.5-audio", None),
        ("/v1/image-to-video", "veo3.1-audio", None),
        ("/v1/text-to-video", "kling-2.5-audio", None),
        ("/v1/text-to-video", "veo3.1-audio", None),
    ]
    # No member anywhere is marked deprecated unless one of the five forms says so.
    raw = yaml.safe_load(FULL_SPEC.read_text())
    assert "deprecated" not in json.dumps(raw).replace("Deprecated", "").replace(
        "deprecated, use", ""
    ).replace("deprecated model value", "").replace("is deprecated", "")


REQUIRED_DEPRECATED = """\
openapi: 3.0.3
info: {title: Jobs, version: '1'}
paths:
  /jobs:
    post:
      operationId: createJob
      parameters:
        - {name: region, in: query, required: true, deprecated: true, schema: {type: string}}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name, options]
              properties:
                name: {type: string}
                options: {type: string, deprecated: true, description: Deprecated; use `name`.}
                legacy: {type: string, deprecated: true, example: old}
      responses:
        '204': {description: Created.}
"""


def test_docstring_examples_keep_required_deprecated_arguments(tmp_path: Path) -> None:
    """A deprecated argument or body field is left out of an example unless it is required:
    without it, the call would not type-check."""
    spec = tmp_path / "openapi.yaml"
    spec.write_text(REQUIRED_DEPRECATED, encoding="utf-8")
    config = tmp_path / "sdk.yaml"
    config.write_text("package: jobs\n", encoding="utf-8")
    files = build(Inputs(spec=spec, config=config)).files
    code = files["jobs/resources/jobs.py"]
    example = code[code.index("Example:") : code.index("```\n", code.index("```python") + 1)]
    assert "region=" in example and "options=" in example and "legacy=" not in example
