"""Deprecation at runtime (issue 4): a deprecated value or field given to a method emits exactly
one DeprecationWarning that names the replacement and points at the caller's line; the request
still goes out unchanged (checked in the mock's recorded request). Seed spec: `model="seedream"`
(-> `seedream-v4`) and `resolution="auto"`; older spec: `style.quality_mode` (-> `model`) and
`orientation` (-> `aspect_ratio`). Also through `generate()` and the async client.
"""

from __future__ import annotations

import asyncio
import sys
import warnings
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterator

import pytest

from conftest import ROOT
from generator.mock import MockServer
from sdk_loading import generate_sdk, import_sdk

SEED_SPEC = ROOT / "spec" / "magic-hour.openapi.yaml"
OLDER_SPEC = ROOT / "spec" / "history" / "magic-hour-go-docs.openapi.yaml"
CONFIG = ROOT / "spec" / "sdk.yaml"
STYLE = {"prompt": "Cool image"}


@pytest.fixture(scope="module")
def seed_mock() -> Iterator[MockServer]:
    with MockServer(SEED_SPEC, CONFIG) as server:
        yield server


@pytest.fixture(scope="module")
def older_mock() -> Iterator[MockServer]:
    with MockServer(OLDER_SPEC, CONFIG) as server:
        yield server


@pytest.fixture(scope="module")
def older_sdk(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return import_sdk(
        generate_sdk(OLDER_SPEC, CONFIG, tmp_path_factory.mktemp("older")), "magic_hour_older_spec"
    )


@pytest.fixture(scope="module")
def seed_sdk() -> ModuleType:
    import magic_hour

    return magic_hour


@pytest.fixture(scope="module")
def seed_client(seed_sdk: ModuleType, seed_mock: MockServer) -> Iterator[Any]:
    with seed_sdk.Client(token="t", base_url=seed_mock.base_url) as client:
        yield client


@pytest.fixture(scope="module")
def older_client(older_sdk: ModuleType, older_mock: MockServer) -> Iterator[Any]:
    with older_sdk.Client(token="t", base_url=older_mock.base_url) as client:
        yield client


def _warned(call: Callable[[], object]) -> tuple[list[warnings.WarningMessage], int]:
    """Run `call` (whose body is one line in this file); every warning, and that line."""
    line = call.__code__.co_firstlineno
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        call()
    return list(record), line


def _one_deprecation(record: list[warnings.WarningMessage], line: int, *needles: str) -> str:
    deprecations = [w for w in record if issubclass(w.category, DeprecationWarning)]
    assert len(deprecations) == 1, [str(w.message) for w in record]
    warning = deprecations[0]
    message = str(warning.message)
    for needle in needles:
        assert needle in message, message
    assert (warning.filename, warning.lineno) == (
        __file__,
        line,
    ), "the warning must point at the caller's line"
    return message


def _last_create(server: MockServer) -> dict[str, Any]:
    posts = [r for r in server.requests if r.method == "POST" and r.path == "/v1/ai-image-generator"]
    body: dict[str, Any] = posts[-1].json()
    return body


# --- seed spec -------------------------------------------------------------------------------


def test_seed_deprecated_model_value(seed_client: Any, seed_mock: MockServer) -> None:
    client = seed_client
    record, line = _warned(
        lambda: client.v1.ai_image_generator.create(image_count=1, style=STYLE, model="seedream")
    )
    message = _one_deprecation(record, line, "`model='seedream'`", "seedream-v4")
    assert (
        message
        == "`model='seedream'` of `POST /v1/ai-image-generator` is deprecated; use 'seedream-v4' instead."
    )
    assert _last_create(seed_mock) == {"image_count": 1, "style": STYLE, "model": "seedream"}


def test_seed_deprecated_resolution_value(seed_client: Any, seed_mock: MockServer) -> None:
    """`auto` has no replacement in the spec: the warning says what the server does instead."""
    client = seed_client
    record, line = _warned(
        lambda: client.v1.ai_image_generator.create(image_count=1, style=STYLE, resolution="auto")
    )
    _one_deprecation(record, line, "`resolution='auto'`", "Mapped server-side")
    assert _last_create(seed_mock) == {"image_count": 1, "style": STYLE, "resolution": "auto"}


def test_seed_enum_member_is_the_same_as_the_string(seed_client: Any, seed_mock: MockServer) -> None:
    client = seed_client
    from magic_hour.types.enums import V1AiImageGeneratorCreateBodyModelEnum as Model

    deprecated = next(m for m in Model if m.value == "seedream")
    record, line = _warned(
        lambda: client.v1.ai_image_generator.create(image_count=1, style=STYLE, model=deprecated)
    )
    _one_deprecation(record, line, "seedream-v4")
    assert _last_create(seed_mock)["model"] == "seedream"


def test_seed_current_values_do_not_warn(seed_client: Any, seed_mock: MockServer) -> None:
    client = seed_client
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client.v1.ai_image_generator.create(image_count=1, style=STYLE, model="seedream-v4", resolution="1k")


def test_seed_warning_through_generate_points_at_the_caller(
    seed_client: Any, seed_mock: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = seed_client
    monkeypatch.setenv("MAGIC_HOUR_POLL_INTERVAL", "0.01")
    record, line = _warned(
        lambda: client.v1.ai_image_generator.generate(
            image_count=1, style=STYLE, model="seedream", download_directory=tmp_path
        )
    )
    _one_deprecation(record, line, "seedream-v4")
    assert _last_create(seed_mock)["model"] == "seedream"
    assert len(list(tmp_path.iterdir())) == 1


def test_seed_warning_from_the_async_client(seed_sdk: ModuleType, seed_mock: MockServer) -> None:
    async def main() -> None:
        async with seed_sdk.AsyncClient(token="t", base_url=seed_mock.base_url) as client:
            with warnings.catch_warnings(record=True) as record:
                warnings.simplefilter("always")
                line = sys._getframe().f_lineno + 1
                await client.v1.ai_image_generator.create(image_count=1, style=STYLE, model="seedream")
            _one_deprecation(list(record), line, "seedream-v4")

    asyncio.run(main())
    assert _last_create(seed_mock)["model"] == "seedream"


# --- older spec: deprecated fields -----------------------------------------------------------


def test_older_deprecated_nested_field(older_client: Any, older_mock: MockServer) -> None:
    client = older_client
    style = {"prompt": "x", "quality_mode": "pro"}
    record, line = _warned(lambda: client.v1.ai_image_generator.create(image_count=1, style=style))
    message = _one_deprecation(record, line, "quality_mode", "`model`")
    assert "style" in message
    assert _last_create(older_mock) == {"image_count": 1, "style": {"prompt": "x", "quality_mode": "pro"}}
    assert style == {"prompt": "x", "quality_mode": "pro"}


def test_older_deprecated_field(older_client: Any, older_mock: MockServer) -> None:
    client = older_client
    record, line = _warned(
        lambda: client.v1.ai_image_generator.create(image_count=1, style=STYLE, orientation="landscape")
    )
    _one_deprecation(record, line, "`orientation`", "`aspect_ratio`")
    assert _last_create(older_mock) == {"image_count": 1, "style": STYLE, "orientation": "landscape"}


def test_older_deprecated_field_through_generate(
    older_client: Any, older_mock: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = older_client
    monkeypatch.setenv("MAGIC_HOUR_POLL_INTERVAL", "0.01")
    record, line = _warned(
        lambda: client.v1.ai_image_generator.generate(
            image_count=1, style=STYLE, orientation="portrait", download_directory=tmp_path
        )
    )
    _one_deprecation(record, line, "`orientation`", "`aspect_ratio`")
    assert _last_create(older_mock)["orientation"] == "portrait"


def test_older_both_deprecations_warn_once_each(older_client: Any, older_mock: MockServer) -> None:
    client = older_client
    record, _ = _warned(
        lambda: client.v1.ai_image_generator.create(
            image_count=1, style={"prompt": "x", "quality_mode": "standard"}, orientation="square"
        )
    )
    messages = sorted(str(w.message) for w in record if issubclass(w.category, DeprecationWarning))
    assert len(messages) == 2 and "orientation" in messages[0] and "quality_mode" in messages[1], messages
