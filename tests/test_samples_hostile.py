"""`sdkgen samples` on every hostile spec that generates (tests/hostile/hostile_cases.py): hostile
paths, operationIds, parameter names, examples, servers, security schemes and YAML layouts. The
overlay must be valid Overlay 1.0 and apply cleanly (tests/overlay_apply.py) to exactly what
`--apply` writes; every Python sample must parse, every curl sample must be one command a POSIX
shell reads the way it was meant (its method and URL come back from the shell as written).
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.load import parse_text
from generator.pipeline import Inputs
from generator.samples import samples
from overlay_apply import apply_overlay
from test_samples import SH, check_overlay, curl_options, shell_words

sys.path.insert(0, str(Path(__file__).parent / "hostile"))
from hostile_cases import CASES, Case  # noqa: E402 - beside the hostile test, not a package

GENERATING = [c for c in CASES if c.error is None]


def _setup(case: Case, root: Path) -> tuple[Path, Path | None]:
    """The case's spec (and config) written as tests/hostile writes them."""
    (root / "spec").mkdir(parents=True)
    content = case.build(root)
    spec = root / "spec" / ("openapi" + case.suffix)
    if isinstance(content, str):
        spec.write_text(content, encoding="utf-8", errors="surrogatepass")
    else:
        spec.write_text(json.dumps(content, ensure_ascii=True, indent=1), encoding="utf-8")
    config = None
    if case.config is not None:
        config = root / "spec" / "sdk.yaml"
        settings = {"package": f"hx_{case.name}", **case.config} if not case.default_package else case.config
        config.write_text(json.dumps(settings), encoding="utf-8")
    for rel, text in case.files(root).items():
        if not text.startswith("@symlink "):
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text(text, encoding="utf-8")
    return spec, config


def _ours(tree: Any) -> list[tuple[str, dict[str, Any]]]:
    """(HTTP method, sample) of each sample of ours in the document."""
    return [
        (method, sample)
        for item in tree["paths"].values()
        for method, op in item.items()
        if isinstance(op, dict)
        for sample in op.get("x-codeSamples", [])
        if sample.get("label") in ("Python", "curl")
    ]


@pytest.mark.parametrize("case", GENERATING, ids=[c.name for c in GENERATING])
def test_samples_of_a_hostile_spec(case: Case, tmp_path: Path) -> None:
    spec, config = _setup(case, tmp_path)
    inputs = Inputs(spec=spec, config=config)
    try:
        overlay = parse_text(samples(inputs, apply=False, out=None).text, "overlay.yaml")
    except Exception as exc:  # a case with no operations: the one error samples may give
        assert "no operation of the SDK is in the document" in str(exc), exc
        return
    check_overlay(overlay)
    text = spec.read_text(encoding="utf-8", errors="surrogatepass")
    result = apply_overlay(parse_text(text, spec.name), overlay)
    applied = samples(inputs, apply=True, out=None).text
    assert parse_text(applied, spec.name) == result
    if case.suffix == ".json":
        assert applied == json.dumps(result, ensure_ascii=True, indent=1), "the JSON layout is kept"
    found = _ours(result)
    assert len(found) == 2 * len(overlay["actions"]) or any(
        a["target"].endswith("]") and "x-codeSamples" in a["target"] for a in overlay["actions"]
    )
    for method, sample in found:
        if sample["lang"] == "python":
            ast.parse(sample["source"])
        elif SH is not None:
            words = shell_words(sample["source"])
            assert words[:2] == ["--request", method.upper()] and words[2] == "--url"
            assert curl_options(words)["--url"][0].startswith(("http://", "https://"))
