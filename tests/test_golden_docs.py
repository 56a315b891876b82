"""Golden docs: the SDK README and the per-resource docs pages of the seed spec and the older spec.

tests/golden_docs/<case>/ holds the exact README.md and docs/**/*.md that `generate` writes for
the seed endpoint (`seed`: tests/golden/magic_hour_seed/, with its own config) and the full API's
previous release (`older`: spec/history/magic-hour-go-docs.openapi.yaml, with spec/sdk.yaml). After an intended change to the docs templates, refresh with

    python -m pytest tests/test_golden_docs.py --update-goldens

and review the diff like code. The other tests read the parameter tables as a user would: which
rows say deprecated, what replaces them, how nested fields and deprecated enum values show.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from conftest import ROOT, SEED_CONFIG, SEED_SPEC
from generator.pipeline import Inputs, build
from test_golden import check_goldens

GOLDEN = Path(__file__).parent / "golden_docs"
CASES = {
    "seed": (SEED_SPEC, SEED_CONFIG),
    "older": (ROOT / "spec" / "history" / "magic-hour-go-docs.openapi.yaml", ROOT / "spec" / "sdk.yaml"),
}


@functools.lru_cache(maxsize=None)
def _docs(case: str) -> dict[str, str]:
    spec, config = CASES[case]
    files = build(Inputs(spec=spec, config=config)).files
    return {path: text for path, text in files.items() if path == "README.md" or path.startswith("docs/")}


def _rows(page: str) -> dict[str, dict[str, str]]:
    """The parameter table rows of a docs page, by parameter label (first table wins)."""
    rows: dict[str, dict[str, str]] = {}
    header: list[str] | None = None
    for line in page.splitlines():
        if not line.startswith("| "):
            header = None
            continue
        cells = [c.strip() for c in line.strip()[1:-1].split(" | ")]
        if header is None:
            header = cells
        elif not set(cells[0]) <= set("-: "):
            rows.setdefault(cells[0].strip("`"), dict(zip(header, cells)))
    return rows


@pytest.mark.parametrize("case", sorted(CASES))
def test_golden_docs(case: str, update_goldens: bool) -> None:
    expected_dir = GOLDEN / case
    actual = _docs(case)
    assert "README.md" in actual and any(p.startswith("docs/") for p in actual)
    check_goldens(expected_dir, actual, update_goldens, refresh="tests/test_golden_docs.py")


def test_committed_sdk_docs_are_the_full_specs_and_cover_the_seed() -> None:
    """generated/ is the full spec's output (its README and pages the same text), and has a page
    for every resource of the seed."""
    files = build(
        Inputs(spec=ROOT / "spec" / "magic-hour.openapi.yaml", config=ROOT / "spec" / "sdk.yaml")
    ).files
    docs = {path: text for path, text in files.items() if path == "README.md" or path.startswith("docs/")}
    for path, text in docs.items():
        assert (ROOT / "generated" / path).read_text(encoding="utf-8") == text, path
    assert set(_docs("seed")) <= set(docs)


def test_older_spec_docs_show_deprecated_fields_with_their_replacement() -> None:
    page = _docs("older")["docs/v1/ai_image_generator.md"]
    rows = _rows(page)
    assert list(rows)[:4] == ["image_count", "style", "└─ prompt", "└─ quality_mode"]
    for label, replacement in (("└─ quality_mode", "model"), ("orientation", "aspect_ratio")):
        row = rows[label]
        assert row["Deprecated"] == "✓", row
        assert row["Description"].startswith("**Deprecated: Use `" + replacement + "`"), row
    assert rows["└─ prompt"]["Required"] == "✓" and rows["└─ prompt"]["Deprecated"] == "✗"
    assert all(
        r["Deprecated"] == "✗" for label, r in rows.items() if label not in ("└─ quality_mode", "orientation")
    )
    # The deprecation is said once, in the row, not again from the description's prose.
    assert "DEPRECATED" not in page
    # The runnable example does not teach the deprecated fields.
    example = page.split("### Example", 1)[1].split("```", 2)[1]
    assert "quality_mode" not in example and "orientation" not in example
    # `frame_cost`, required by the older spec but never defined, is not documented as a field.
    assert "frame_cost" not in rows


def test_seed_docs_list_deprecated_enum_values_with_their_replacement() -> None:
    page = _docs("seed")["docs/v1/ai_image_generator.md"]
    rows = _rows(page)
    assert rows["model"]["Deprecated"] == "✗"  # the field is fine, one of its values is not
    assert rows["model"]["Description"].endswith("Deprecated values: `seedream` (use `seedream-v4`).")
    assert rows["resolution"]["Description"].endswith("Deprecated values: `auto`.")
    assert rows["model"]["Example"] == '`"default"`' and rows["resolution"]["Example"] != '`"auto"`'
    assert ["└─ prompt", "└─ tool"] == [label for label in rows if label.startswith("└─")]
    readme = _docs("seed")["README.md"]
    assert "[`client.v1.ai_image_generator.generate()`](docs/v1/ai_image_generator.md#generate)" in readme
