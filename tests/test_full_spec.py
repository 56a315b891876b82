"""The whole Magic Hour API (issue 5): the SDK generated from spec/magic-hour.openapi.yaml with
spec/sdk.yaml, once per session, then:

- `mypy --strict` reports nothing, generation is byte-identical run to run, black is content;
- methods are named as the official SDKs name them, and every one of the 34 operations is called
  once sync and once async against the mock with its spec example, its response parsed;
- `generate()` end to end for an image, a video, an audio and the face-detection job, with local
  files uploaded (upload-URL request, PUT of the bytes, uploaded path sent) while URLs and
  already-uploaded paths pass through and the caller's dicts stay as they were;
- content types of uploads come from the SDK's table, not from the host's `mimetypes`;
- `generate()`'s return type is precise (a typed snippet passes `mypy --strict`).
"""

from __future__ import annotations

import asyncio
import copy
import filecmp
import functools
import inspect
import json
import os
import subprocess
import sys
import typing
from pathlib import Path
from types import ModuleType
from typing import Any, Iterator

import pytest

from conftest import FULL_SPEC, ROOT
from generator.examples import Examples
from generator.mock import MockServer, RecordedRequest
from generator.mock.png import png_for
from generator.pipeline import Inputs, named_api
from sdk_loading import generate_sdk, import_sdk
from test_generated import check_black

CONFIG = ROOT / "spec" / "sdk.yaml"
TOKEN = "full-spec-token"

# `client.v1.<name>` -> the operation it calls: the official SDKs' names for all 34 operations.
OPERATIONS = {
    "ai_clothes_changer.create": "POST /v1/ai-clothes-changer",
    "ai_face_editor.create": "POST /v1/ai-face-editor",
    "ai_gif_generator.create": "POST /v1/ai-gif-generator",
    "ai_headshot_generator.create": "POST /v1/ai-headshot-generator",
    "ai_image_editor.create": "POST /v1/ai-image-editor",
    "ai_image_generator.create": "POST /v1/ai-image-generator",
    "ai_image_upscaler.create": "POST /v1/ai-image-upscaler",
    "ai_meme_generator.create": "POST /v1/ai-meme-generator",
    "ai_qr_code_generator.create": "POST /v1/ai-qr-code-generator",
    "ai_talking_photo.create": "POST /v1/ai-talking-photo",
    "ai_voice_cloner.create": "POST /v1/ai-voice-cloner",
    "ai_voice_generator.create": "POST /v1/ai-voice-generator",
    "animation.create": "POST /v1/animation",
    "audio_projects.delete": "DELETE /v1/audio-projects/{id}",
    "audio_projects.get": "GET /v1/audio-projects/{id}",
    "audio_to_video.create": "POST /v1/audio-to-video",
    "auto_subtitle_generator.create": "POST /v1/auto-subtitle-generator",
    "body_swap.create": "POST /v1/body-swap",
    "face_detection.create": "POST /v1/face-detection",
    "face_detection.get": "GET /v1/face-detection/{id}",
    "face_swap.create": "POST /v1/face-swap",
    "face_swap_photo.create": "POST /v1/face-swap-photo",
    "files.upload_urls.create": "POST /v1/files/upload-urls",
    "head_swap.create": "POST /v1/head-swap",
    "image_background_remover.create": "POST /v1/image-background-remover",
    "image_projects.delete": "DELETE /v1/image-projects/{id}",
    "image_projects.get": "GET /v1/image-projects/{id}",
    "image_to_video.create": "POST /v1/image-to-video",
    "lip_sync.create": "POST /v1/lip-sync",
    "photo_colorizer.create": "POST /v1/photo-colorizer",
    "text_to_video.create": "POST /v1/text-to-video",
    "video_projects.delete": "DELETE /v1/video-projects/{id}",
    "video_projects.get": "GET /v1/video-projects/{id}",
    "video_to_video.create": "POST /v1/video-to-video",
}
NOT_JOBS = {"files.upload_urls.create"}
"""Creates whose result is not a project: no `generate()`."""


# --- fixtures: one generation, one import, one mock per session -------------------------------


@pytest.fixture(scope="module")
def sdk_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_sdk(FULL_SPEC, CONFIG, tmp_path_factory.mktemp("full-sdk"))


@pytest.fixture(scope="module")
def sdk(sdk_root: Path) -> ModuleType:
    return import_sdk(sdk_root, "magic_hour_full_spec")


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with MockServer(FULL_SPEC, CONFIG, tokens={TOKEN}) as server:
        yield server


@pytest.fixture(scope="module")
def client(sdk: ModuleType, mock: MockServer) -> Iterator[Any]:
    with sdk.Client(token=TOKEN, base_url=mock.base_url) as c:
        yield c


@pytest.fixture(autouse=True)
def fast_polls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAGIC_HOUR_POLL_INTERVAL", "0.01")


@functools.lru_cache(maxsize=None)
@functools.lru_cache(maxsize=None)
def wire_bodies() -> dict[str, dict[str, Any]]:
    """`METHOD /path` -> the JSON body `spec_examples()` must send: the same values, keyed by the
    API's names (the config's `field_names: python` has the SDK take Python ones)."""
    api = named_api(Inputs(FULL_SPEC, CONFIG)).api

    def wire(ref: Any, value: Any) -> Any:
        if isinstance(value, list):
            return [wire(ref, item) for item in value]
        model = api.model(ref, aliases=False, items=True)
        if model is None or not isinstance(value, dict):
            return value
        by_key = {f.key: f for f in model.fields}
        return {by_key[k].wire_name: wire(by_key[k].type, v) for k, v in value.items() if k in by_key}

    out: dict[str, dict[str, Any]] = {}
    for op in api.operations:
        if op.body is not None:
            out[op.key] = wire(op.body.type, Examples(api).model(api.type(op.body.type.key)))  # type: ignore[arg-type]
    return out


def spec_examples() -> dict[str, dict[str, Any]]:
    """`METHOD /path` -> keyword arguments from the spec's examples: the path parameters, and the
    body's required properties plus the optional ones the spec gives an example for."""
    api = named_api(Inputs(FULL_SPEC, CONFIG)).api
    examples = Examples(api)
    out: dict[str, dict[str, Any]] = {}
    for op in api.operations:
        kwargs = {p.name: examples.field(p) for p in op.parameters if p.required or p.has_example}
        if op.body is not None:
            assert op.body.flatten, op.key
            names = dict(op.body.arg_names)
            kwargs.update({names[wire]: value for wire, value in examples.model(api.type(op.body.type.key)).items()})  # type: ignore[arg-type]
        out[op.key] = kwargs
    return out


def _resolve(root: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        root = getattr(root, part)
    return root


def _surface(resource: Any, prefix: str) -> Iterator[str]:
    """`<prefix>.<resource path>.<method>` of every public method, walking sub-resources."""
    for name, attr in sorted(vars(type(resource)).items()):
        if isinstance(attr, functools.cached_property):
            yield from _surface(getattr(resource, name), f"{prefix}.{name}")
        elif inspect.isfunction(attr) and not name.startswith("_"):
            yield f"{prefix}.{name}"


def _since(mock: MockServer, mark: int) -> list[RecordedRequest]:
    return mock.requests[mark:]


def _route(request: RecordedRequest, mock: MockServer) -> str:
    route, _, _ = mock.api.find(request.method, request.path[len(mock.api.prefix) :])
    assert route is not None, (request.method, request.path)
    return route.key


# --- the generated code itself ----------------------------------------------------------------

TYPED_USE = """\
import typing

from magic_hour import AsyncClient, Client

client = Client()
image = client.v1.ai_image_generator.generate(image_count=1, style={"prompt": "x"})
reveal_type(image)
paths: typing.List[str] = image.downloaded_paths
status: str = image.status
image.no_such_attribute  # type: ignore[attr-defined]
faces = client.v1.face_detection.generate(assets={"target_file_path": "face.png"})
reveal_type(faces)
first: typing.Optional[str] = faces.faces[0].path if faces.faces else None
voice = client.v1.ai_voice_generator.generate(
    style={"prompt": "Hi", "voice_name": "Elon Musk"}, download_outputs=False
)
reveal_type(voice)


async def video() -> typing.List[str]:
    async with AsyncClient() as aclient:
        res = await aclient.v1.face_swap.generate(
            assets={"video_source": "file", "video_file_path": "clip.mp4", "image_file_path": "face.png"},
            start_seconds=0,
            end_seconds=5,
        )
        reveal_type(res)
        return res.downloaded_paths
"""


@pytest.mark.slow
def test_mypy_strict_on_the_full_sdk_and_a_typed_use_of_generate(sdk_root: Path, tmp_path: Path) -> None:
    """0 errors on the package; `generate()`'s results are the precise models (an attribute
    they lack is an error: the `type: ignore` would otherwise be unused, which strict reports)."""
    (sdk_root / "typed_use.py").write_text(TYPED_USE, encoding="utf-8")
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "mypy",
                "--strict",
                "--cache-dir",
                str(tmp_path / "cache"),
                "magic_hour",
                "typed_use.py",
            ],
            cwd=sdk_root,
            capture_output=True,
            text=True,
            timeout=600,
        )
    finally:
        (sdk_root / "typed_use.py").unlink()
    lines = result.stdout.splitlines()
    errors = [line for line in lines if ": error:" in line]
    assert not errors, "\n".join(errors)
    revealed = [
        line.split("Revealed type is ", 1)[1].strip('"') for line in lines if "Revealed type is" in line
    ]
    assert revealed == [
        "magic_hour.types.models.v1_image_projects_get_response_with_downloads.V1ImageProjectsGetResponseWithDownloads",
        "magic_hour.types.models.v1_face_detection_get_response_with_downloads.V1FaceDetectionGetResponseWithDownloads",
        "magic_hour.types.models.v1_audio_projects_get_response_with_downloads.V1AudioProjectsGetResponseWithDownloads",
        "magic_hour.types.models.v1_video_projects_get_response_with_downloads.V1VideoProjectsGetResponseWithDownloads",
    ], result.stdout
    assert "Success: no issues found" in result.stdout or result.returncode == 0, result.stdout


def test_generation_is_deterministic_and_black_clean(sdk_root: Path, tmp_path: Path) -> None:
    # Into a directory of the same name: the README says `pip install ./<its name>`.
    again = generate_sdk(FULL_SPEC, CONFIG, tmp_path / sdk_root.name)
    mine = sorted(
        p.relative_to(sdk_root)
        for p in sdk_root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and ".mypy_cache" not in p.parts
    )
    theirs = sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    assert mine == theirs
    _, mismatch, errors = filecmp.cmpfiles(sdk_root, again, [str(p) for p in mine], shallow=False)
    assert not mismatch and not errors, (mismatch, errors)
    check_black(again)


# --- every operation, sync and async ----------------------------------------------------------


def test_method_names_are_the_official_ones(client: Any) -> None:
    methods = list(_surface(client.v1, "v1"))
    # generate() twins of the creates, check_result() of the project resources, upload_file().
    extra = (".generate", ".check_result", ".upload_file")
    operations = sorted(m for m in methods if not m.endswith(extra))
    assert operations == sorted(f"v1.{name}" for name in OPERATIONS)
    generates = sorted(m.rsplit(".", 1)[0] for m in methods if m.endswith(".generate"))
    assert generates == sorted(
        f"v1.{n.rsplit('.', 1)[0]}" for n in OPERATIONS if n.endswith(".create") and n not in NOT_JOBS
    )
    assert len(OPERATIONS) == 34 and len(generates) == 26
    assert sorted(m for m in methods if m.endswith((".check_result", ".upload_file"))) == [
        "v1.audio_projects.check_result",
        "v1.files.upload_file",
        "v1.image_projects.check_result",
        "v1.video_projects.check_result",
    ]


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_every_operation_sync_and_async_with_its_spec_example(
    name: str, sdk: ModuleType, client: Any, mock: MockServer
) -> None:
    key = OPERATIONS[name]
    kwargs = spec_examples()[key]
    method = _resolve(client.v1, name)
    returns = typing.get_type_hints(method)["return"]

    mark = len(mock.requests)
    result = method(**copy.deepcopy(kwargs))

    async def call_async() -> Any:
        async with sdk.AsyncClient(token=TOKEN, base_url=mock.base_url) as aclient:
            return await _resolve(aclient.v1, name)(**copy.deepcopy(kwargs))

    async_result = asyncio.run(call_async())
    sent = _since(mock, mark)
    assert [_route(r, mock) for r in sent] == [key, key]
    for request in sent:
        assert request.headers["authorization"] == f"Bearer {TOKEN}"
        assert (request.json() if request.body else {}) == wire_bodies().get(key, {})
    for got in (result, async_result):
        if returns is type(None):
            assert got is None
        else:
            assert isinstance(got, returns), (type(got), returns)


# --- generate() end to end ---------------------------------------------------------------------


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    made = {
        "face": inputs / "face.png",
        "other_face": inputs / "other face.PNG",
        "clip": inputs / "clip.mp4",
        "voice": inputs / "voice.m4a",
    }
    made["face"].write_bytes(png_for("face"))
    made["other_face"].write_bytes(png_for("other"))
    made["clip"].write_bytes(b"\x00\x00\x00\x18ftypmp42 not really a movie" + bytes(range(256)))
    made["voice"].write_bytes(b"\x00\x00\x00\x1cftypM4A " + os.urandom(64))
    return made


def _uploads(sent: list[RecordedRequest], mock: MockServer) -> tuple[list[Any], list[RecordedRequest]]:
    asked = [r.json()["items"] for r in sent if r.method == "POST" and r.path == "/v1/files/upload-urls"]
    puts = [r for r in sent if r.method == "PUT"]
    return asked, puts


def _created(sent: list[RecordedRequest], path: str) -> dict[str, Any]:
    bodies = [r.json() for r in sent if r.method == "POST" and r.path == path]
    assert len(bodies) == 1, bodies
    return bodies[0]


def test_generate_image(client: Any, mock: MockServer, tmp_path: Path) -> None:
    mark = len(mock.requests)
    res = client.v1.ai_image_generator.generate(
        image_count=2, style={"prompt": "Cool image"}, aspect_ratio="1:1", download_directory=tmp_path / "out"
    )
    assert type(res).__name__ == "V1ImageProjectsGetResponseWithDownloads"
    assert res.status == "complete" and len(res.downloads) == 2
    assert [Path(p).parent for p in res.downloaded_paths] == [tmp_path / "out"] * 2
    assert all(Path(p).read_bytes().startswith(b"\x89PNG") for p in res.downloaded_paths)
    sent = _since(mock, mark)
    assert _created(sent, "/v1/ai-image-generator")["image_count"] == 2
    assert not _uploads(sent, mock)[0], "nothing to upload"
    assert [_route(r, mock) for r in sent if "/_mock/" not in r.path][-1] == "GET /v1/image-projects/{id}"


def test_generate_video_uploads_local_files_and_passes_the_rest_through(
    client: Any, mock: MockServer, files: dict[str, Path], tmp_path: Path
) -> None:
    assets = {
        "face_swap_mode": "individual-faces",
        "image_file_path": str(files["face"]),
        "video_source": "file",
        "video_file_path": str(files["clip"]),
        "face_mappings": [
            {"original_face": "api-assets/id/0-0.png", "new_face": str(files["other_face"])},
            {"original_face": "api-assets/id/0-1.png", "new_face": "api-assets/id/1234.png"},
            {"original_face": "api-assets/id/0-2.png", "new_face": "https://cdn.example.com/new%20face.png"},
        ],
    }
    style = {"version": "default"}
    before = copy.deepcopy((assets, style))
    mark = len(mock.requests)
    res = client.v1.face_swap.generate(
        assets=assets, style=style, start_seconds=0, end_seconds=5, download_directory=tmp_path / "out"
    )
    assert (assets, style) == before, "generate() changed the caller's dicts"
    assert res.status == "complete" and len(res.downloaded_paths) == 1

    sent = _since(mock, mark)
    asked, puts = _uploads(sent, mock)
    # One request for every local file, in the order of the fields; the kind of `new_face`
    # (a field that does not say it) comes from the extension, whatever its case.
    assert asked == [
        [
            {"type": "image", "extension": "png"},
            {"type": "image", "extension": "png"},
            {"type": "video", "extension": "mp4"},
        ]
    ]
    assert [(p.headers["content-type"], p.body) for p in puts] == [
        ("image/png", files["face"].read_bytes()),
        ("image/png", files["other_face"].read_bytes()),
        ("video/mp4", files["clip"].read_bytes()),
    ]
    assert all("authorization" not in p.headers for p in puts), "credentials must not go to the storage host"
    # Presigned storage URLs want a Content-Length, not a chunked body.
    assert [(p.headers.get("content-length"), p.headers.get("transfer-encoding")) for p in puts] == [
        (str(len(p.body)), None) for p in puts
    ]
    uploaded = ["mock-uploads/" + p.path.rsplit("/", 1)[1] for p in puts]
    created = _created(sent, "/v1/face-swap")
    assert created["assets"] == {
        **before[0],
        "image_file_path": uploaded[0],
        "video_file_path": uploaded[2],
        "face_mappings": [
            {"original_face": "api-assets/id/0-0.png", "new_face": uploaded[1]},
            {"original_face": "api-assets/id/0-1.png", "new_face": "api-assets/id/1234.png"},
            {"original_face": "api-assets/id/0-2.png", "new_face": "https://cdn.example.com/new%20face.png"},
        ],
    }
    assert [_route(r, mock) for r in sent if "/_mock/" not in r.path][-1] == "GET /v1/video-projects/{id}"


def test_generate_video_async_with_an_upload(
    sdk: ModuleType, mock: MockServer, files: dict[str, Path], tmp_path: Path
) -> None:
    assets = {
        "image_file_path": str(files["face"]),
        "audio_file_path": "https://cdn.example.com/a.mp3",
        "audio_source": "file",
    }
    before = copy.deepcopy(assets)
    mark = len(mock.requests)

    async def main() -> Any:
        async with sdk.AsyncClient(token=TOKEN, base_url=mock.base_url) as aclient:
            return await aclient.v1.ai_talking_photo.generate(
                assets=assets, start_seconds=0, end_seconds=5, download_directory=tmp_path
            )

    res = asyncio.run(main())
    assert assets == before and res.status == "complete" and len(res.downloaded_paths) == 1
    sent = _since(mock, mark)
    asked, puts = _uploads(sent, mock)
    assert asked == [[{"type": "image", "extension": "png"}]]
    assert [p.body for p in puts] == [files["face"].read_bytes()]
    created = _created(sent, "/v1/ai-talking-photo")["assets"]
    assert created["image_file_path"].startswith("mock-uploads/")
    assert created["audio_file_path"] == "https://cdn.example.com/a.mp3"


def test_generate_audio(client: Any, mock: MockServer, files: dict[str, Path], tmp_path: Path) -> None:
    mark = len(mock.requests)
    res = client.v1.ai_voice_generator.generate(
        style={"prompt": "Hello, how are you?", "voice_name": "Elon Musk"},
        download_directory=tmp_path / "speech",
    )
    assert type(res).__name__ == "V1AudioProjectsGetResponseWithDownloads"
    assert res.status == "complete" and len(res.downloaded_paths) == 1
    assert [_route(r, mock) for r in _since(mock, mark) if "/_mock/" not in r.path][
        -1
    ] == "GET /v1/audio-projects/{id}"

    # And a local audio file, uploaded as such.
    assets = {"audio_file_path": str(files["voice"])}
    mark = len(mock.requests)
    cloned = client.v1.ai_voice_cloner.generate(assets=assets, style={"prompt": "Hi"}, download_outputs=False)
    assert cloned.status == "complete" and cloned.downloaded_paths == []
    sent = _since(mock, mark)
    asked, puts = _uploads(sent, mock)
    assert asked == [[{"type": "audio", "extension": "m4a"}]]
    assert [(p.headers["content-type"], p.body) for p in puts] == [("audio/mp4", files["voice"].read_bytes())]
    assert _created(sent, "/v1/ai-voice-cloner")["assets"]["audio_file_path"].startswith(
        "mock-uploads/audio-"
    )
    assert assets == {"audio_file_path": str(files["voice"])}


def test_face_detection_flow_returns_faces_and_downloads_them(
    client: Any, mock: MockServer, files: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate = client.v1.face_detection.generate
    assert {"download_outputs", "download_directory", "overwrite"} <= set(
        inspect.signature(generate).parameters
    )
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    assets = {"target_file_path": str(files["face"])}
    mark = len(mock.requests)
    res = generate(assets=assets, confidence_score=0.5)
    assert type(res).__name__ == "V1FaceDetectionGetResponseWithDownloads"
    assert res.status == "complete" and res.faces and all(face.path for face in res.faces)
    # The config's `downloads_field: faces`: each face's image, into the current directory.
    assert sorted(Path(p).name for p in res.downloaded_paths) == sorted(p.name for p in work.iterdir())
    assert len(res.downloaded_paths) == len(res.faces)
    sent = _since(mock, mark)
    asked, puts = _uploads(sent, mock)
    assert asked == [[{"type": "image", "extension": "png"}]] and len(puts) == 1
    created = _created(sent, "/v1/face-detection")
    assert created["assets"]["target_file_path"].startswith("mock-uploads/image-")
    assert created["confidence_score"] == 0.5
    assert [_route(r, mock) for r in sent if "/_mock/" not in r.path][-1] == "GET /v1/face-detection/{id}"
    assert assets == {"target_file_path": str(files["face"])}


# --- content types without the host's mime.types -----------------------------------------------

NO_MIMETYPES = r"""
import mimetypes, sys

mimetypes.knownfiles = []
mimetypes.init()
for table in (mimetypes.types_map, mimetypes.common_types, mimetypes.encodings_map, mimetypes.suffix_map):
    table.clear()
mimetypes.guess_type = lambda *args, **kwargs: (None, None)
mimetypes.guess_extension = lambda *args, **kwargs: None
assert mimetypes.guess_type("x.m4a") == (None, None)

from magic_hour import Client

client = Client()
m4a, flac, m4v = sys.argv[1:4]
lip = client.v1.lip_sync.generate(
    assets={"audio_source": "file", "audio_file_path": m4a, "video_source": "file", "video_file_path": m4v},
    start_seconds=0,
    end_seconds=5,
    download_outputs=False,
)
cloned = client.v1.ai_voice_cloner.generate(assets={"audio_file_path": flac}, style={"prompt": "Hi"}, download_outputs=False)
print(lip.status, cloned.status)
"""


def test_upload_content_types_do_not_depend_on_the_hosts_mimetypes(
    sdk_root: Path, mock: MockServer, tmp_path: Path
) -> None:
    made = {ext: tmp_path / f"sample.{ext}" for ext in ("m4a", "flac", "m4v")}
    for ext, path in made.items():
        path.write_bytes(f"not really {ext}".encode() + bytes(range(32)))
    mark = len(mock.requests)
    done = subprocess.run(
        [sys.executable, "-c", NO_MIMETYPES, str(made["m4a"]), str(made["flac"]), str(made["m4v"])],
        cwd=tmp_path,
        env={
            **os.environ,
            "PYTHONPATH": str(sdk_root),
            "MAGIC_HOUR_API_KEY": TOKEN,
            "MAGIC_HOUR_BASE_URL": mock.base_url,
            "MAGIC_HOUR_POLL_INTERVAL": "0.01",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["complete", "complete"]
    asked, puts = _uploads(_since(mock, mark), mock)
    assert asked == [
        [{"type": "audio", "extension": "m4a"}, {"type": "video", "extension": "m4v"}],
        [{"type": "audio", "extension": "flac"}],
    ]
    assert [(p.headers["content-type"], p.body) for p in puts] == [
        ("audio/mp4", made["m4a"].read_bytes()),
        ("video/x-m4v", made["m4v"].read_bytes()),
        ("audio/flac", made["flac"].read_bytes()),
    ]


def test_unknown_local_file_kind_is_a_clear_error_before_anything_is_sent(
    client: Any, mock: MockServer, tmp_path: Path
) -> None:
    odd = tmp_path / "notes.xyz"
    odd.write_text("?")
    mark = len(mock.requests)
    with pytest.raises(ValueError, match=r"unknown file extension 'xyz'"):
        client.v1.face_detection.generate(assets={"target_file_path": str(odd)})
    assert _since(mock, mark) == []


def test_spec_examples_cover_every_operation() -> None:
    assert sorted(spec_examples()) == sorted(OPERATIONS.values())
    # The examples are the spec's: file paths are already-uploaded ones, never local files.
    text = json.dumps(spec_examples())
    assert "api-assets/id/1234.png" in text and str(ROOT) not in text


def test_docs_of_the_full_spec(sdk_root: Path) -> None:
    """Face detection downloads the faces it found (the config's `downloads_field: faces`), and its
    docs say so; fields nested two levels deep (`assets.face_mappings[].new_face`) are indented
    under their parent."""
    readme = (sdk_root / "README.md").read_text("utf-8")
    page = (sdk_root / "docs" / "v1" / "face_detection.md").read_text("utf-8")
    row = next(line for line in readme.splitlines() if "`client.v1.face_detection.generate()`" in line)
    assert row.endswith("| Face Detection, then wait and download |"), row
    assert "- [Face Detection, then wait and download](#generate)" in page and "download_directory" in page
    assert "| Face Swap Video, then wait and download |" in readme
    labels = [
        line.split(" | ")[0]
        for line in (sdk_root / "docs" / "v1" / "face_swap.md").read_text("utf-8").splitlines()
        if "└─" in line
    ]
    assert labels[:5] == [
        "| `└─ face_swap_mode`",
        "| `└─ image_file_path`",
        "| `└─ face_mappings`",
        "| &nbsp;&nbsp;`└─ original_face`",
        "| &nbsp;&nbsp;`└─ new_face`",
    ]


def test_deprecated_value_through_generate_with_an_upload(
    client: Any, mock: MockServer, files: dict[str, Path], tmp_path: Path
) -> None:
    """One warning naming the replacement, at this file's line, and the value still sent: the
    deprecated value sits in the same dict as the local file that generate() swaps out."""
    import warnings

    assets = {
        "garment_type": "dresses",
        "person_file_path": str(files["face"]),
        "garment_file_path": "api-assets/id/outfit.png",
    }
    before = copy.deepcopy(assets)
    mark = len(mock.requests)
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        line = sys._getframe().f_lineno + 1
        res = client.v1.ai_clothes_changer.generate(assets=assets, download_directory=tmp_path)
    deprecations = [w for w in record if issubclass(w.category, DeprecationWarning)]
    assert [str(w.message) for w in deprecations] == [
        "`assets['garment_type']='dresses'` of `POST /v1/ai-clothes-changer` is deprecated; use 'entire_outfit' instead."
    ]
    assert (deprecations[0].filename, deprecations[0].lineno) == (__file__, line)
    assert res.status == "complete" and assets == before
    created = _created(_since(mock, mark), "/v1/ai-clothes-changer")["assets"]
    assert created["garment_type"] == "dresses" and created["person_file_path"].startswith(
        "mock-uploads/image-"
    )


def test_a_value_deprecated_by_its_suffix_warns_with_the_specs_sentence(
    client: Any, mock: MockServer
) -> None:
    import warnings

    mark = len(mock.requests)
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        client.v1.text_to_video.create(end_seconds=5, style={"prompt": "a cat"}, model="veo3.1-audio")
        client.v1.text_to_video.create(end_seconds=5, style={"prompt": "a cat"}, model="veo3.1", audio=True)
    assert [str(w.message) for w in record if issubclass(w.category, DeprecationWarning)] == [
        "`model='veo3.1-audio'` of `POST /v1/text-to-video` is deprecated: If you specify the deprecated"
        " model value that includes the `-audio` suffix, this will be the same as included `audio` as `true`."
    ]
    sent = [r.json() for r in _since(mock, mark) if r.method == "POST" and r.path == "/v1/text-to-video"]
    assert [body["model"] for body in sent] == ["veo3.1-audio", "veo3.1"]  # sent unchanged


def test_face_detection_kind_follows_the_extension_and_relative_paths_upload(
    client: Any, mock: MockServer, files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`target_file_path` takes an image or a video: the kind comes from the extension. A path
    relative to the working directory is a local file too; a path that names no local file is
    sent as it is (the API knows it, or says it does not)."""
    monkeypatch.chdir(files["clip"].parent)
    for given, kind, uploaded in (
        ("clip.mp4", "video", True),
        ("api-assets/id/1234.mp4", None, False),
        ("missing/clip.mp4", None, False),
    ):
        mark = len(mock.requests)
        res = client.v1.face_detection.generate(assets={"target_file_path": given})
        assert res.status == "complete"
        sent = _since(mock, mark)
        asked, puts = _uploads(sent, mock)
        sent_path = _created(sent, "/v1/face-detection")["assets"]["target_file_path"]
        if uploaded:
            assert asked == [[{"type": kind, "extension": "mp4"}]]
            assert [(p.headers["content-type"], p.body) for p in puts] == [
                ("video/mp4", files["clip"].read_bytes())
            ]
            assert sent_path.startswith(f"mock-uploads/{kind}-")
        else:
            assert (asked, puts, sent_path) == ([], [], given)
