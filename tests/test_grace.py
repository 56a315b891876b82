"""The removal grace period's history logic (`generator/grace.py`) on the `grace` feature case:
what a release that followed a deprecation removed, and what the SDK keeps of it."""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

import pytest

from generator import ir
from generator.grace import with_removed
from generator.pipeline import Inputs, NamedApi, named_api

CASE = Path(__file__).parent / "features" / "grace"
OLD = CASE / "history" / "grace-1.0.openapi.yaml"


@functools.lru_cache(maxsize=None)
def _named(spec: Path) -> NamedApi:
    return named_api(Inputs(spec=spec, config=CASE / "sdk.yaml"))


def _kept(history: tuple[Path, ...] = (OLD,), grace: int = 1) -> ir.Api:
    current = _named(CASE / "openapi.yaml")
    config = dataclasses.replace(current.config, history=history, grace_releases=grace)
    releases = [(path.stem, _named(path).api) for path in history]
    return with_removed(current.api, config, releases)


def _params(api: ir.Api, key: str) -> dict[tuple[str, str], ir.Parameter]:
    return {(p.location, p.wire_name): p for p in api.operation(key).parameters}


def test_removed_deprecated_parameters_are_kept_optional_and_marked() -> None:
    params = _params(_kept(), "GET /items")
    removed = {where: (p.name, p.removed, p.type, p.required) for where, p in params.items() if p.removed}
    assert removed == {
        # An enum of strings becomes `str`: the old enum type is not in the current spec.
        ("query", "sort"): ("sort", "2.0.0", ir.Scalar("str"), False),
        ("header", "X-Legacy-Token"): ("x_legacy_token", "2.0.0", ir.Scalar("str"), False),
        ("cookie", "session_hint"): ("session_hint", "2.0.0", ir.Scalar("str"), False),
    }
    # `X-Trace-Id` is the current `x-trace-id`: header names are compared as HTTP does.
    assert ("header", "x-trace-id") in params and ("header", "X-Trace-Id") not in params


def test_a_parameter_removed_without_deprecation_is_not_kept() -> None:
    assert ("query", "page") not in _params(_kept(), "PUT /items/{itemId}")


def test_a_kept_parameter_takes_a_name_no_other_argument_has() -> None:
    op = _kept().operation("PUT /items/{itemId}")
    (old_name,) = [p for p in op.parameters if p.wire_name == "name"]
    assert old_name.name == "name_" and ("name", "name") in op.body.arg_names  # type: ignore[union-attr]


def test_a_shared_model_gets_a_removed_field_once() -> None:
    api = _kept()
    options = [t for t in api.types if isinstance(t, ir.Model) and t.name == "Options"][0]
    assert [(f.wire_name, f.removed) for f in options.fields] == [("colour", None), ("legacy_mode", "2.0.0")]


def test_the_grace_period_counts_releases() -> None:
    """Removed by the release after the old one; a later release in between ends a grace of one."""
    current = CASE / "openapi.yaml"
    later = _params(_kept(history=(OLD, current), grace=1), "GET /items")
    assert not any(p.removed for p in later.values())
    two = _params(_kept(history=(OLD, current), grace=2), "GET /items")
    # The release that removed it is the one after the old spec: the history's own file name.
    assert {p.removed for p in two.values() if p.removed} == {"openapi"}


def test_no_history_changes_nothing() -> None:
    current = _named(CASE / "openapi.yaml")
    assert _kept(history=(), grace=1) == current.api
    assert _kept(grace=0) == current.api


def _config_with_history(tmp_path: Path, history_text: str) -> Path:
    (tmp_path / "old.yaml").write_text(history_text, encoding="utf-8")
    config = tmp_path / "sdk.yaml"
    config.write_text("package: f_grace\nversion: 2.0.0\nhistory: {specs: [old.yaml], grace_releases: 1}\n")
    return config


def test_earlier_releases_are_read_without_validation(tmp_path: Path) -> None:
    """Validated when it was current: an earlier release is only normalized (the validator
    would reject this one, which lost its `info`)."""
    from generator.pipeline import build

    text = OLD.read_text(encoding="utf-8")
    old = text.replace("info:\n  title: Grace\n  version: '1.0'\n", "")
    assert old != text
    files = build(Inputs(spec=CASE / "openapi.yaml", config=_config_with_history(tmp_path, old))).files
    assert "x_legacy_token:" in files["f_grace/resources/items.py"]


def test_an_unreadable_earlier_release_is_a_config_error(tmp_path: Path) -> None:
    from generator.errors import SpecError
    from generator.pipeline import build

    config = _config_with_history(tmp_path, "paths: [unclosed\n")
    with pytest.raises(SpecError) as info:
        build(Inputs(spec=CASE / "openapi.yaml", config=config))
    assert info.value.problems[0].file.endswith("old.yaml") and "history" in info.value.note
