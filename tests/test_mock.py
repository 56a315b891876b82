"""The spec-driven mock server: routing, auth, validation, responses, workflows, faults, CLI.

Everything talks to 127.0.0.1 only. The Magic Hour spec in spec/ covers the real-world case;
a small 3.1 spec written below covers what it lacks (server prefix, api keys, parameter styles,
forms, multipart, non-JSON media, recursion, unions). The last test runs the mock on every spec
of the shared corpus and calls each operation with a request built from its schemas.
"""

from __future__ import annotations

import json
import re
import struct
import subprocess
import sys
import threading
import time
import zlib
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, Callable, Iterator

import httpx
import pytest

from generator.errors import SpecError
from generator.load import Located, load
from generator.mock import MockServer
from generator.mock.png import SIGNATURE
from generator.mock.sample import sample_request
from generator.mock.spec import Api
from generator.mock.synth import FIXED_DATETIME, FIXED_UUID, Synth, from_pattern

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "magic-hour.openapi.yaml"
CORPUS = ROOT.parent / "shared" / "specs"
TOKEN = {"Authorization": "Bearer test-token"}
VALID_IMAGE = {"image_count": 1, "style": {"prompt": "Cool image"}}

WORKFLOWS = """\
package: magic_hour
workflows:
  image_projects:
    poll: GET /v1/image-projects/{id}
    creates: [POST /v1/ai-image-generator]
    success: [complete]
    failure: [error, canceled]
"""

TOY = """\
openapi: 3.1.0
info: {title: Toy, version: "1"}
servers:
  - url: https://toy.example.com/api/v2
security:
  - keyHeader: []
  - keyQuery: []
components:
  securitySchemes:
    keyHeader: {type: apiKey, in: header, name: X-Api-Key}
    keyQuery: {type: apiKey, in: query, name: api_key}
    keyCookie: {type: apiKey, in: cookie, name: session}
    basic: {type: http, scheme: basic}
  schemas:
    Thing:
      type: object
      required: [id, created_at, link, count, ratio, tags, kind, note, flag]
      properties:
        id: {type: string, format: uuid}
        created_at: {type: string, format: date-time}
        link: {type: string, format: uri}
        count: {type: integer, minimum: 5}
        ratio: {type: number, minimum: 0.5, maximum: 1}
        tags: {type: array, items: {type: string}}
        kind: {type: string, enum: [alpha, beta]}
        note: {type: [string, "null"]}
        flag: {type: boolean}
        with_example: {type: string, example: hello}
        without_example: {type: string}
    Node:
      type: object
      required: [name, children, parent]
      properties:
        name: {type: string}
        children: {type: array, items: {$ref: "#/components/schemas/Node"}}
        parent:
          oneOf: [{$ref: "#/components/schemas/Node"}, {type: "null"}]
    Pet:
      oneOf: [{$ref: "#/components/schemas/Cat"}, {$ref: "#/components/schemas/Dog"}]
      discriminator: {propertyName: pet_type}
    Cat:
      type: object
      required: [pet_type, lives]
      properties: {pet_type: {type: string}, lives: {type: integer, minimum: 1, maximum: 9}}
    Dog:
      type: object
      required: [pet_type, good]
      properties: {pet_type: {type: string}, good: {type: boolean}}
    Stepped: {type: integer, minimum: 3, multipleOf: 4}
    BadExample: {type: integer, maximum: 5, example: 10}
    Named:
      allOf:
        - {type: object, required: [name], properties: {name: {type: string, example: Rex}}}
        - {type: object, required: [age], properties: {age: {type: integer, minimum: 2}}}
paths:
  /things/{thing_id}:
    parameters:
      - {name: thing_id, in: path, required: true, schema: {type: integer, minimum: 1}}
    get:
      parameters:
        - {name: kind, in: query, required: true, schema: {type: string, enum: [alpha, beta]}}
        - {name: verbose, in: query, schema: {type: boolean}}
        - {name: ids, in: query, schema: {type: array, items: {type: integer}}}
        - {name: names, in: query, explode: false, schema: {type: array, items: {type: string}, maxItems: 2}}
        - {name: X-Trace, in: header, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}
  /tree:
    get:
      security: [{}]
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Node"}}}}
  /named:
    get:
      security: [{}]
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Named"}}}}
  /pets:
    post:
      security: [{basic: []}]
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}
      responses:
        "201": {description: created, content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}}
        "400": {description: bad, content: {application/json: {example: {message: the spec's own text}}}}
  /forms:
    post:
      security: [{keyCookie: []}]
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [size]
              properties:
                size: {type: integer, minimum: 1}
                colors: {type: array, items: {type: string, enum: [red, blue]}}
      responses:
        "204": {description: done}
  /uploads:
    post:
      security: [{}]
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file, title]
              properties: {file: {type: string, format: binary}, title: {type: string}}
      responses:
        "202": {description: accepted, content: {text/plain: {schema: {type: string, example: queued}}}}
  /blobs/{name}:
    get:
      security: [{}]
      parameters: [{name: name, in: path, required: true, schema: {type: string}}]
      responses:
        "200": {description: raw, content: {application/octet-stream: {schema: {type: string, format: binary}}}}
  /avatar:
    get:
      security: [{}]
      responses:
        "200": {description: png, content: {image/png: {schema: {type: string, format: binary}}}}
  /stale:
    get:
      security: [{}]
      responses:
        "200":
          description: an example the schema rejects (a number as a string, a bad date-time)
          content:
            application/json:
              schema:
                type: object
                required: [size, at]
                properties: {size: {type: integer}, at: {type: string, format: date-time}}
              example: {size: "12", at: 1s}
  /journals/{journal_id}:
    get:
      security: [{}]
      parameters: [{name: journal_id, in: path, required: true, schema: {type: string, format: uuid}}]
      responses:
        "200": {description: by id, content: {application/json: {schema: {const: by-id}}}}
  /journals/{number}:
    get:
      security: [{}]
      parameters: [{name: number, in: path, required: true, schema: {type: integer}}]
      responses:
        "200": {description: by number, content: {application/json: {schema: {const: by-number}}}}
  /journals/{name}.json:
    get:
      security: [{}]
      parameters: [{name: name, in: path, required: true, schema: {type: string}}]
      responses:
        "200": {description: as a file, content: {application/json: {schema: {const: file}}}}
  /events:
    get:
      security: [{}]
      responses:
        "200":
          description: a stream of server-sent events
          content:
            text/event-stream:
              schema: {type: object, required: [n], properties: {n: {type: integer, minimum: 2}}}
  /lines:
    get:
      security: [{}]
      responses:
        "200":
          description: newline-delimited JSON
          content: {application/x-ndjson: {itemSchema: {type: string, enum: [a]}}}
  /journals/{journal_id}/lines#all:
    get:
      security: [{}]
      parameters: [{name: journal_id, in: path, required: true, schema: {type: string, format: uuid}}]
      responses:
        "200": {description: a fragment in the key, content: {application/json: {schema: {const: lines}}}}
  /journals/latest:
    get:
      security: [{}]
      responses:
        "200": {description: the latest, content: {application/json: {schema: {const: latest}}}}
"""


# fixtures -------------------------------------------------------------------------------------


@pytest.fixture
def server() -> Iterator[MockServer]:
    with MockServer(SPEC) as mock:
        yield mock


@pytest.fixture
def client(server: MockServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, headers=TOKEN) as http:
        yield http


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "sdk.yaml"
    path.write_text(WORKFLOWS, encoding="utf-8")
    return path


@pytest.fixture
def jobs(config: Path) -> Iterator[tuple[MockServer, httpx.Client]]:
    with MockServer(SPEC, config) as mock, httpx.Client(base_url=mock.url, headers=TOKEN) as http:
        yield mock, http


@pytest.fixture(scope="module")
def toy_spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("toy") / "toy.yaml"
    path.write_text(TOY, encoding="utf-8")
    return path


@pytest.fixture
def toy(toy_spec: Path) -> Iterator[tuple[MockServer, httpx.Client]]:
    with MockServer(toy_spec) as mock, httpx.Client(base_url=mock.base_url) as http:
        yield mock, http


def png_size(data: bytes) -> tuple[int, int]:
    """Decode a PNG's chunk list, checking every CRC and the pixel data's size."""
    assert data[:8] == SIGNATURE
    chunks: dict[bytes, bytes] = {}
    pos, kind = 8, b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert zlib.crc32(kind + body) == crc, f"bad CRC in {kind!r}"
        chunks[kind] = chunks.get(kind, b"") + body
        pos += 12 + length
    assert kind == b"IEND"
    width, height, depth, color, _, _, _ = struct.unpack(">IIBBBBB", chunks[b"IHDR"])
    assert (depth, color) == (8, 2)
    assert len(zlib.decompress(chunks[b"IDAT"])) == height * (1 + 3 * width)
    return width, height


# routing --------------------------------------------------------------------------------------


def test_routes_by_template_and_method(client: httpx.Client) -> None:
    found = client.get("/v1/image-projects/abc")
    assert found.status_code == 200
    assert found.headers["content-type"] == "application/json"

    missing = client.get("/v1/nothing-here")
    assert missing.status_code == 404
    assert missing.json() == {"message": "Not Found"}

    wrong = client.put("/v1/image-projects/abc")
    assert wrong.status_code == 405
    assert set(wrong.headers["allow"].split(", ")) == {"GET", "DELETE"}


def test_server_prefix_and_concrete_paths(toy: tuple[MockServer, httpx.Client]) -> None:
    mock, http = toy
    assert mock.base_url == mock.url + "/api/v2"
    assert http.get("/tree").status_code == 200
    assert httpx.get(mock.url + "/tree").status_code == 404  # routes live under the prefix only


def test_every_response_has_a_request_id(client: httpx.Client) -> None:
    ids = [
        client.get(path).headers["x-request-id"]
        for path in ("/v1/image-projects/a", "/nope", "/v1/image-projects/b")
    ]
    assert len(set(ids)) == 3 and all(i.startswith("req_") for i in ids)


def test_records_requests_and_resets(server: MockServer, client: httpx.Client) -> None:
    client.post("/v1/ai-image-generator?dry=1", json=VALID_IMAGE, headers={"X-Extra": "yes"})
    [seen] = server.requests
    assert (seen.method, seen.path, seen.query) == ("POST", "/v1/ai-image-generator", {"dry": ["1"]})
    assert seen.headers["x-extra"] == "yes" and seen.headers["authorization"] == TOKEN["Authorization"]
    assert seen.json() == VALID_IMAGE
    server.reset()
    assert server.requests == []


def test_concurrent_requests(server: MockServer, client: httpx.Client) -> None:
    statuses: list[int] = []
    threads = [
        threading.Thread(target=lambda: statuses.append(client.get("/v1/image-projects/x").status_code))
        for _ in range(16)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200] * 16
    assert len(server.requests) == 16


# auth -----------------------------------------------------------------------------------------


def test_bearer_auth(server: MockServer) -> None:
    url = server.url + "/v1/image-projects/abc"
    denied = httpx.get(url)
    assert denied.status_code == 401
    assert denied.json() == {"message": "Unauthorized"}  # the spec's 401 example
    assert denied.headers["www-authenticate"].startswith("Bearer")
    assert httpx.get(url, headers={"Authorization": "Bearer"}).status_code == 401
    assert httpx.get(url, headers={"Authorization": "Basic dTpw"}).status_code == 401
    assert httpx.get(url, headers={"Authorization": "Bearer anything"}).status_code == 200


def test_token_set_restricts_credentials() -> None:
    with MockServer(SPEC, tokens={"abc"}) as mock:
        url = mock.url + "/v1/image-projects/abc"
        assert httpx.get(url, headers={"Authorization": "Bearer abc"}).status_code == 200
        assert httpx.get(url, headers={"Authorization": "Bearer xyz"}).status_code == 401


def test_api_key_basic_and_anonymous_schemes(toy: tuple[MockServer, httpx.Client]) -> None:
    _, http = toy
    thing = "/things/3?kind=alpha"
    trace = {"X-Trace": "t"}
    assert http.get(thing, headers=trace).status_code == 401
    assert http.get(thing, headers={**trace, "X-Api-Key": "k"}).status_code == 200
    assert http.get(thing + "&api_key=k", headers=trace).status_code == 200  # the other alternative
    assert http.get("/tree").status_code == 200  # `security: [{}]`
    pet = {"pet_type": "Cat", "lives": 3}
    assert http.post("/pets", json=pet).status_code == 401
    assert http.post("/pets", json=pet, auth=("user", "secret")).status_code == 201
    form = {"size": "2"}
    assert http.post("/forms", data=form).status_code == 401
    assert http.post("/forms", data=form, headers={"Cookie": "session=s1"}).status_code == 204


# validation -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        ({"image_count": 1, "style": {}}, 422, "style.prompt: is a required property"),
        ({"image_count": 0, "style": {"prompt": "x"}}, 422, "image_count: 0 is less than the minimum of 1"),
        (
            {"image_count": 1, "style": {"prompt": "x"}, "model": "dall-e"},
            422,
            "model: 'dall-e' is not one of",
        ),
        ({"style": {"prompt": "x"}}, 422, "image_count: is a required property"),
        ({"image_count": "1", "style": {"prompt": "x"}}, 422, "image_count: '1' is not of type 'integer'"),
    ],
)
def test_body_schema_violations_name_the_field(
    client: httpx.Client, body: Any, status: int, message: str
) -> None:
    answer = client.post("/v1/ai-image-generator", json=body)
    assert answer.status_code == status
    assert message in answer.json()["message"]


def test_malformed_missing_and_mistyped_bodies(client: httpx.Client) -> None:
    broken = client.post(
        "/v1/ai-image-generator", content=b'{"image_count": 1,', headers={"Content-Type": "application/json"}
    )
    assert broken.status_code == 400
    assert "not valid JSON" in broken.json()["message"]
    empty = client.post("/v1/ai-image-generator")
    assert (empty.status_code, empty.json()) == (400, {"message": "request body is required"})
    xml = client.post("/v1/ai-image-generator", content=b"<a/>", headers={"Content-Type": "application/xml"})
    assert xml.status_code == 415
    assert client.post("/v1/ai-image-generator", json=VALID_IMAGE).status_code == 200


def test_operation_declaring_only_400_gets_400_for_schema_errors(
    toy: tuple[MockServer, httpx.Client],
) -> None:
    _, http = toy
    answer = http.post("/pets", json={"pet_type": "Cat", "lives": 12}, auth=("u", "p"))
    assert answer.status_code == 400
    assert "lives" in answer.json()["message"]


@pytest.mark.parametrize(
    ("query", "headers", "message"),
    [
        ("kind=alpha", {}, "header parameter X-Trace: is required"),
        ("", {"X-Trace": "t"}, "query parameter kind: is required"),
        ("kind=gamma", {"X-Trace": "t"}, "query parameter kind: 'gamma' is not one of"),
        (
            "kind=alpha&verbose=maybe",
            {"X-Trace": "t"},
            "query parameter verbose: 'maybe' is not of type 'boolean'",
        ),
        ("kind=alpha&ids=1&ids=x", {"X-Trace": "t"}, "query parameter ids[1]: 'x' is not of type 'integer'"),
        ("kind=alpha&names=a,b,c", {"X-Trace": "t"}, "query parameter names: "),
    ],
)
def test_bad_parameters_answer_400(
    toy: tuple[MockServer, httpx.Client], query: str, headers: dict[str, str], message: str
) -> None:
    _, http = toy
    answer = http.get(f"/things/3?{query}", headers={"X-Api-Key": "k", **headers})
    assert answer.status_code == 400
    assert message in answer.json()["message"]


def test_parameters_are_coerced_from_strings(toy: tuple[MockServer, httpx.Client]) -> None:
    _, http = toy
    ok = http.get(
        "/things/7?kind=beta&verbose=true&ids=1&ids=2&names=a,b", headers={"X-Api-Key": "k", "X-Trace": "t"}
    )
    assert ok.status_code == 200
    low = http.get("/things/0?kind=beta", headers={"X-Api-Key": "k", "X-Trace": "t"})
    assert low.status_code == 400
    assert "path parameter thing_id: 0 is less than the minimum of 1" in low.json()["message"]


def test_form_and_multipart_bodies(toy: tuple[MockServer, httpx.Client]) -> None:
    _, http = toy
    cookie = {"Cookie": "session=s"}
    assert (
        http.post("/forms", data={"size": "3", "colors": ["red", "blue"]}, headers=cookie).status_code == 204
    )
    bad = http.post("/forms", data={"size": "0", "colors": "green"}, headers=cookie)
    assert bad.status_code == 422
    assert "size: 0 is less than the minimum of 1" in bad.json()["message"]
    assert "colors[0]: 'green' is not one of" in bad.json()["message"]
    upload = http.post("/uploads", files={"file": ("a.png", b"\x89PNG")}, data={"title": "t"})
    assert (upload.status_code, upload.text, upload.headers["content-type"]) == (202, "queued", "text/plain")
    missing = http.post("/uploads", files={"file": ("a.png", b"\x89PNG")})
    assert missing.status_code == 422
    assert missing.json() == {"message": "title: is a required property"}


# responses ------------------------------------------------------------------------------------


def test_example_responses(client: httpx.Client) -> None:
    created = client.post("/v1/ai-image-generator", json=VALID_IMAGE)
    assert created.json() == {"id": "cuid-example", "credits_charged": 5}
    project = client.get("/v1/image-projects/cuid-example").json()
    required = {
        "id",
        "name",
        "status",
        "image_count",
        "type",
        "created_at",
        "enabled",
        "credits_charged",
        "downloads",
        "error",
    }
    assert required <= project.keys()
    assert project["error"] is None
    deleted = client.delete("/v1/image-projects/cuid-example")
    assert (deleted.status_code, deleted.content) == (204, b"")
    assert "content-type" not in deleted.headers


def test_synthesized_responses(toy: tuple[MockServer, httpx.Client]) -> None:
    mock, http = toy
    thing = http.get("/things/1?kind=alpha", headers={"X-Api-Key": "k", "X-Trace": "t"}).json()
    assert thing == {
        "id": FIXED_UUID,
        "created_at": FIXED_DATETIME,
        "link": f"{mock.url}/_mock/files/example/output.png",
        "count": 5,
        "ratio": 0.5,
        "tags": ["string"],
        "kind": "alpha",
        "note": "string",
        "flag": True,
        "with_example": "hello",
    }
    assert png_size(httpx.get(thing["link"]).content) == (8, 8)  # a synthesized URL points at the mock
    assert http.get("/tree").json() == {"name": "string", "children": [], "parent": None}
    assert http.get("/named").json() == {"name": "Rex", "age": 2}
    pet = http.post("/pets", json={"pet_type": "Dog", "good": True}, auth=("u", "p"))
    assert (pet.status_code, pet.json()) == (201, {"pet_type": "Cat", "lives": 1})


def test_non_json_media(toy: tuple[MockServer, httpx.Client]) -> None:
    _, http = toy
    blob = http.get("/blobs/x.bin")
    assert blob.headers["content-type"] == "application/octet-stream" and blob.content
    avatar = http.get("/avatar")
    assert avatar.headers["content-type"] == "image/png"
    assert png_size(avatar.content) == (8, 8)


def test_a_media_example_the_schema_rejects_is_replaced(toy: tuple[MockServer, httpx.Client]) -> None:
    _, http = toy
    assert http.get("/stale").json() == {"size": 1, "at": FIXED_DATETIME}


def test_overlapping_templates_route_to_the_most_specific(toy: tuple[MockServer, httpx.Client]) -> None:
    _, http = toy
    assert http.get("/journals/latest").json() == "latest"  # a literal before any template
    assert http.get("/journals/x.json").json() == "file"  # literal text before a bare template
    # Same shape: the route whose path parameters the value fits.
    assert http.get(f"/journals/{FIXED_UUID}").json() == "by-id"
    assert http.get("/journals/12").json() == "by-number"
    assert http.get(f"/journals/{FIXED_UUID}/lines").json() == "lines"  # a key's `#...` is not sent
    # Fits neither: the first one's refusal.
    assert http.get("/journals/nope").status_code == 400


def test_streamed_responses_are_served_in_chunks(toy: tuple[MockServer, httpx.Client]) -> None:
    _, http = toy
    with http.stream("GET", "/events") as response:
        assert response.headers["transfer-encoding"] == "chunked"
        assert response.headers["content-type"] == "text/event-stream"
        text = response.read().decode()
    blocks = text.split("\n\n")
    assert blocks[0].startswith(":")  # a comment first
    datas = ["\n".join(line[6:] for line in b.split("\n") if line.startswith("data: ")) for b in blocks[1:4]]
    assert [json.loads(d) for d in datas] == [{"n": 2}] * 3
    assert "\n" in datas[1]  # one event's JSON over several `data:` lines
    assert blocks[4] == "data: [DONE]"
    lines = http.get("/lines").text.splitlines()
    assert [json.loads(line) for line in lines] == ["a"] * 3


def test_synth_unit_behaviour(toy_spec: Path) -> None:
    api = Api(load(toy_spec))
    schemas = api.doc.root["components"]["schemas"]
    stepped = Located(schemas["Stepped"], api.doc.name, "/components/schemas/Stepped")
    assert Synth(api.schemas, "http://h").value(stepped) == 4
    bad_example = Located(schemas["BadExample"], api.doc.name, "/components/schemas/BadExample")
    # An example its own schema rejects is never served, in a response or a request.
    assert Synth(api.schemas, "http://h").value(bad_example) == 1
    assert Synth(api.schemas, "http://h", request=True).value(bad_example) == 1
    assert from_pattern(r"^VA[0-9a-fA-F]{32}$") == "VA" + "0" * 32
    assert from_pattern(r"^\+[1-9]\d{1,14}$") == "+10"


# workflows ------------------------------------------------------------------------------------


def test_job_lifecycle_to_downloadable_pngs(jobs: tuple[MockServer, httpx.Client]) -> None:
    mock, http = jobs
    created = http.post("/v1/ai-image-generator", json={**VALID_IMAGE, "image_count": 2, "name": "Mine"})
    assert created.status_code == 200
    job_id = created.json()["id"]
    assert job_id.startswith("mock-") and created.json()["credits_charged"] == 5

    seen = [http.get(f"/v1/image-projects/{job_id}").json() for _ in range(4)]
    assert [s["status"] for s in seen] == ["queued", "rendering", "complete", "complete"]
    assert seen[0]["downloads"] == [] and seen[1]["downloads"] == []
    done = seen[2]
    assert (done["id"], done["name"], done["image_count"], done["error"]) == (job_id, "Mine", 2, None)
    urls = [d["url"] for d in done["downloads"]]
    assert urls == [f"{mock.url}/_mock/files/{job_id}/{n}.png" for n in range(2)]
    assert all(d["expires_at"] for d in done["downloads"])
    for url in urls:
        image = httpx.get(url)
        assert image.headers["content-type"] == "image/png"
        assert int(image.headers["content-length"]) == len(image.content)
        assert png_size(image.content) == (8, 8)


def test_job_ids_are_unique_and_unknown_ids_404(jobs: tuple[MockServer, httpx.Client]) -> None:
    _, http = jobs
    ids = {http.post("/v1/ai-image-generator", json=VALID_IMAGE).json()["id"] for _ in range(3)}
    assert len(ids) == 3
    unknown = http.get("/v1/image-projects/not-a-job")  # the spec's example id is a standing job
    assert (unknown.status_code, unknown.json()) == (404, {"message": "Not Found"})
    assert http.post("/v1/ai-image-generator", json={"image_count": 0}).status_code == 422
    assert http.get("/v1/image-projects/mock-4").status_code == 404  # a rejected create makes no job


def test_delete_removes_the_job(jobs: tuple[MockServer, httpx.Client]) -> None:
    _, http = jobs
    job_id = http.post("/v1/ai-image-generator", json=VALID_IMAGE).json()["id"]
    assert http.delete(f"/v1/image-projects/{job_id}").status_code == 204
    assert http.get(f"/v1/image-projects/{job_id}").status_code == 404
    assert http.delete(f"/v1/image-projects/{job_id}").status_code == 404


@pytest.mark.parametrize(("asked", "final"), [("error", "error"), ("canceled", "canceled")])
def test_forced_failure(jobs: tuple[MockServer, httpx.Client], asked: str, final: str) -> None:
    _, http = jobs
    job_id = http.post(
        "/v1/ai-image-generator", json=VALID_IMAGE, headers={"X-Mock-Job-Outcome": asked}
    ).json()["id"]
    last = [http.get(f"/v1/image-projects/{job_id}").json() for _ in range(3)][-1]
    assert last["status"] == final
    assert last["downloads"] == []
    assert set(last["error"]) == {"message", "code"}


def test_job_outcome_set_programmatically_and_bad_outcome(jobs: tuple[MockServer, httpx.Client]) -> None:
    mock, http = jobs
    mock.set_job_outcome("error")
    job_id = http.post("/v1/ai-image-generator", json=VALID_IMAGE).json()["id"]
    assert [http.get(f"/v1/image-projects/{job_id}").json()["status"] for _ in range(3)][-1] == "error"
    bad = http.post("/v1/ai-image-generator", json=VALID_IMAGE, headers={"X-Mock-Job-Outcome": "maybe"})
    assert bad.status_code == 400 and "maybe" in bad.json()["message"]


def test_polls_to_complete_is_configurable(config: Path) -> None:
    with (
        MockServer(SPEC, config, polls_to_complete=1) as mock,
        httpx.Client(base_url=mock.url, headers=TOKEN) as http,
    ):
        job_id = http.post("/v1/ai-image-generator", json=VALID_IMAGE).json()["id"]
        first = http.get(f"/v1/image-projects/{job_id}").json()
        assert first["status"] == "complete" and len(first["downloads"]) == 1


def test_workflow_naming_a_missing_operation_is_a_spec_error(tmp_path: Path) -> None:
    path = tmp_path / "sdk.yaml"
    path.write_text(WORKFLOWS.replace("GET /v1/image-projects/{id}", "GET /v1/nope/{id}"), encoding="utf-8")
    with pytest.raises(SpecError, match="GET /v1/nope"):
        MockServer(SPEC, path)


FULL_CONFIG = """\
package: magic_hour
workflows:
  video_projects:
    poll: GET /v1/video-projects/{id}
    creates: [{tag: Video Projects, method: POST}]
uploads:
  operation: POST /v1/files/upload-urls
  fields: ["*_file_path"]
  kinds: {video: [mp4], image: [png]}
"""


def test_tag_selected_workflow_and_uploads_on_the_full_spec(tmp_path: Path) -> None:
    config = tmp_path / "sdk.yaml"
    config.write_text(FULL_CONFIG, encoding="utf-8")
    with (
        MockServer(ROOT / "spec" / "magic-hour.openapi.yaml", config) as mock,
        httpx.Client(base_url=mock.url, headers=TOKEN) as http,
    ):
        asked = [
            {"type": "video", "extension": "mp4"},
            {"type": "image", "extension": "png"},
            {"type": "image", "extension": "png"},
        ]
        items = http.post("/v1/files/upload-urls", json={"items": asked}).json()["items"]
        assert [i["upload_url"] for i in items] == [
            f"{mock.url}/_mock/uploads/video-1.mp4",
            f"{mock.url}/_mock/uploads/image-2.png",
            f"{mock.url}/_mock/uploads/image-3.png",
        ]
        assert [i["file_path"] for i in items] == [
            "mock-uploads/video-1.mp4",
            "mock-uploads/image-2.png",
            "mock-uploads/image-3.png",
        ]
        assert all(i["expires_at"] for i in items)
        assert http.put(items[0]["upload_url"], content=b"movie bytes").status_code == 200
        assert http.get(items[0]["upload_url"]).content == b"movie bytes"

        # Every POST tagged "Video Projects" starts a job; a request built from its schema will do.
        create = mock.api.route("POST /v1/animation")
        assert create is not None and "Video Projects" in create.tags
        request = sample_request(mock.api, create)
        job_id = http.post(request.path, content=request.body, headers=request.headers).json()["id"]
        statuses = [http.get(f"/v1/video-projects/{job_id}").json() for _ in range(3)]
        assert [s["status"] for s in statuses] == ["queued", "rendering", "complete"]
        assert [d["url"] for d in statuses[-1]["downloads"]] == [f"{mock.url}/_mock/files/{job_id}/0.png"]


def test_selector_matching_nothing_is_a_spec_error(tmp_path: Path) -> None:
    path = tmp_path / "sdk.yaml"
    path.write_text(WORKFLOWS.replace("[POST /v1/ai-image-generator]", "[{tag: Nope}]"), encoding="utf-8")
    with pytest.raises(SpecError, match="no POST operation has the tag 'Nope'"):
        MockServer(SPEC, path)


# faults ---------------------------------------------------------------------------------------


def test_fault_status_with_retry_after_seconds(client: httpx.Client) -> None:
    answer = client.get("/v1/image-projects/a", headers={"X-Mock-Fault": "status=429;retry-after=1"})
    assert (answer.status_code, answer.headers["retry-after"]) == (429, "1")
    assert answer.json() == {"message": "Too Many Requests"}
    not_found = client.get("/v1/image-projects/a", headers={"X-Mock-Fault": "status=404"})
    assert not_found.json() == {"message": "Not Found"}  # the spec's example for 404


def test_fault_retry_after_as_http_date(client: httpx.Client) -> None:
    answer = client.get("/v1/image-projects/a", headers={"X-Mock-Fault": "status=503;retry-after-date=30"})
    assert answer.status_code == 503
    ahead = parsedate_to_datetime(answer.headers["retry-after"]).timestamp() - time.time()
    assert 25 < ahead <= 31


def test_fault_times_then_success(client: httpx.Client) -> None:
    fault = {"X-Mock-Fault": "status=503;times=2"}
    assert [client.get("/v1/image-projects/a", headers=fault).status_code for _ in range(3)] == [
        503,
        503,
        200,
    ]
    other = {"X-Mock-Fault": "status=503;times=1;retry-after=0"}  # counted apart: another value
    assert [client.get("/v1/image-projects/a", headers=other).status_code for _ in range(2)] == [503, 200]


def test_fault_delay(client: httpx.Client) -> None:
    started = time.monotonic()
    answer = client.get("/v1/image-projects/a", headers={"X-Mock-Fault": "delay=0.4"})
    assert answer.status_code == 200
    assert time.monotonic() - started >= 0.4


def test_fault_drop(client: httpx.Client) -> None:
    with pytest.raises(httpx.TransportError):
        client.get("/v1/image-projects/a", headers={"X-Mock-Fault": "drop"})
    assert client.get("/v1/image-projects/a").status_code == 200


def test_fault_truncate(client: httpx.Client) -> None:
    with client.stream("GET", "/v1/image-projects/a", headers={"X-Mock-Fault": "truncate"}) as answer:
        assert answer.status_code == 200 and int(answer.headers["content-length"]) > 0
        with pytest.raises(httpx.RemoteProtocolError):
            answer.read()


def test_fault_raw_body(client: httpx.Client) -> None:
    answer = client.get("/v1/image-projects/a", headers={"X-Mock-Fault": 'status=200;body={"id": "x";'})
    assert answer.status_code == 200
    assert answer.content == b'{"id": "x";'
    with pytest.raises(ValueError):
        answer.json()


def test_bad_fault_header(client: httpx.Client) -> None:
    answer = client.get("/v1/image-projects/a", headers={"X-Mock-Fault": "status=200;explode"})
    assert answer.status_code == 400
    assert "explode" in answer.json()["message"]


def test_programmatic_faults_on_routes_and_downloads(server: MockServer, client: httpx.Client) -> None:
    server.add_fault("GET", "/v1/image-projects/{id}", status=503, times=2, retry_after=2)
    answers = [client.get("/v1/image-projects/a") for _ in range(3)]
    assert [a.status_code for a in answers] == [503, 503, 200]
    assert answers[0].headers["retry-after"] == "2"
    assert client.delete("/v1/image-projects/a").status_code == 204  # other methods untouched

    server.add_fault("GET", "/_mock/files/*", truncate=True, times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/_mock/files/job/0.png")
    assert png_size(client.get("/_mock/files/job/0.png").content) == (8, 8)

    server.add_fault(path="/v1/*", drop=True)
    with pytest.raises(httpx.TransportError):
        client.get("/v1/image-projects/a")
    server.clear_faults()
    assert client.get("/v1/image-projects/a").status_code == 200


# lifecycle and CLI ----------------------------------------------------------------------------


def test_refuses_non_loopback_hosts() -> None:
    with pytest.raises(ValueError, match="loopback"):
        MockServer(SPEC, host="0.0.0.0")


def test_bad_spec_is_a_spec_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: [\n", encoding="utf-8")
    with pytest.raises(SpecError):
        MockServer(bad)


def test_stop_ends_kept_alive_connections(server: MockServer, client: httpx.Client) -> None:
    assert client.get("/v1/image-projects/a").status_code == 200
    server.stop()
    with pytest.raises(httpx.TransportError):
        client.get("/v1/image-projects/a")


def test_cli_prints_url_and_serves_until_terminated() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "mock", "--spec", "spec/magic-hour.openapi.yaml", "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), process.stderr.read() if process.stderr else ""
        answer = httpx.post(url + "/v1/ai-image-generator", json=VALID_IMAGE, headers=TOKEN)
        assert answer.status_code == 200 and "id" in answer.json()
        assert httpx.get(url + "/v1/image-projects/x").status_code == 401
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=10)
    assert process.returncode == 0
    assert "POST /v1/ai-image-generator" in stderr  # the CLI logs requests; tests stay quiet


# the shared corpus: every operation of every spec ---------------------------------------------

UNMOCKABLE = {
    (name, "POST /types/unions/duplicate-types"): (
        "its body schema is `oneOf: [AModel, AModel]`: any value that matches one branch matches "
        "both, so no request body is valid"
    )
    for name in ("opc-baseline_openapi_3.0.json", "opc-baseline_openapi_3.1.yaml")
}


def _corpus_cases() -> list[Any]:
    if not CORPUS.is_dir():
        return [
            pytest.param(
                None, "", marks=pytest.mark.skip(reason=f"{CORPUS} is absent (the shared spec corpus)")
            )
        ]
    cases = []
    for spec in sorted(p for p in CORPUS.iterdir() if p.suffix in (".json", ".yaml", ".yml")):
        try:
            api = Api(load(spec))
        except SpecError as exc:
            cases.append(
                pytest.param(
                    spec, "", marks=pytest.mark.skip(reason=f"the loader rejects it: {exc}"), id=spec.name
                )
            )
            continue
        if not api.routes:
            reason = "it has no operations under `paths` (webhooks only)"
            cases.append(pytest.param(spec, "", marks=pytest.mark.skip(reason=reason), id=spec.name))
        for route in api.routes:
            unmockable = UNMOCKABLE.get((spec.name, route.key))
            marks = [pytest.mark.skip(reason=unmockable)] if unmockable else []
            cases.append(pytest.param(spec, route.key, marks=marks, id=f"{spec.name}:{route.key}"))
    return cases


@pytest.fixture(scope="module")
def corpus_server() -> Iterator[Callable[[Path], MockServer]]:
    running: dict[Path, MockServer] = {}

    def get(spec: Path) -> MockServer:
        if spec not in running:
            running[spec] = MockServer(spec).start()
        return running[spec]

    yield get
    for mock in running.values():
        mock.stop()


@pytest.fixture(scope="module")
def corpus_client() -> Iterator[httpx.Client]:
    with httpx.Client() as http:  # one client: building one costs more than a mock round trip
        yield http


@pytest.mark.parametrize(("spec", "key"), _corpus_cases())
def test_corpus_operation_answers_2xx(
    corpus_server: Callable[[Path], MockServer], corpus_client: httpx.Client, spec: Path, key: str
) -> None:
    mock = corpus_server(spec)
    route = mock.api.route(key)
    assert route is not None
    request = sample_request(mock.api, route)
    answer = corpus_client.request(
        request.method,
        mock.url + request.path,
        params=request.query,
        headers=request.headers,
        content=request.body,
    )
    assert 200 <= answer.status_code < 300, f"{key}: {answer.status_code} {answer.text[:500]}"
    if answer.headers.get("content-type", "").endswith("json"):
        answer.json()


READ_ONLY_IDS = """
openapi: 3.0.3
info: {title: ids, version: "1"}
paths:
  /zones/{zone_id}:
    get:
      parameters:
        - {name: zone_id, in: path, required: true, schema: {$ref: "#/components/schemas/id"}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties: {id: {$ref: "#/components/schemas/id"}}
    put:
      parameters:
        - {name: zone_id, in: path, required: true, schema: {$ref: "#/components/schemas/id"}}
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties: {id: {$ref: "#/components/schemas/id"}, name: {type: string}}
      responses:
        "204": {description: done}
  /zones/{zone_id}/settings/fonts:
    get:
      parameters:
        - {name: zone_id, in: path, required: true, schema: {$ref: "#/components/schemas/id"}}
      responses:
        "200": {description: ok, content: {application/json: {example: {setting: fonts}}}}
  /zones/{zone_id}/settings/{setting_id}:
    get:
      parameters:
        - {name: zone_id, in: path, required: true, schema: {type: string}}
        - {name: setting_id, in: path, required: true, schema: {type: string}}
      responses:
        "200": {description: ok, content: {application/json: {example: {setting: any}}}}
components:
  schemas:
    id: {type: string, maxLength: 8, readOnly: true}
"""


def test_a_read_only_schema_constrains_a_parameter_but_does_not_refuse_it(tmp_path: Path) -> None:
    """Identifiers are often `readOnly` in the schema they share with the resource's body; in a
    path they are still sent. The body keeps the write rule; the parameter keeps its other rules."""
    spec = tmp_path / "ids.yaml"
    spec.write_text(READ_ONLY_IDS, encoding="utf-8")
    with MockServer(spec) as mock, httpx.Client(base_url=mock.base_url) as http:
        assert http.get("/zones/abc").status_code == 200
        assert http.get("/zones/much-too-long").status_code == 400
        assert http.put("/zones/abc", json={"name": "n"}).status_code == 204
        assert http.put("/zones/abc", json={"id": "x", "name": "n"}).status_code == 422
        # The literal path wins over the template: its read-only id still fits the path.
        assert http.get("/zones/abc/settings/fonts").json() == {"setting": "fonts"}


PAGED = """
openapi: 3.1.0
info: {title: paged, version: "1"}
paths:
  /broadcasts:
    get:
      parameters:
        - {name: page, in: query, schema: {type: integer}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [results, nextPage]
                properties:
                  results:
                    type: array
                    items:
                      type: object
                      required: [id]
                      properties: {id: {type: string, format: uuid}}
                  nextPage: {type: [integer, "null"]}
"""


def test_paged_list_keeps_the_spec_types_of_its_ids_and_page_numbers(tmp_path: Path) -> None:
    """An integer `nextPage` is a page number, not a next URL; items told apart by their id
    keep ids of the spec's format (a UUID stays a UUID)."""
    from generator.config import default_config
    from generator.errors import Diagnostics
    from generator.normalize import Options, normalize
    from generator.pagination import attach_paging

    spec = tmp_path / "paged.yaml"
    spec.write_text(PAGED, encoding="utf-8")
    config = default_config("paged")
    api = attach_paging(
        normalize(
            load(spec), Options(grouping=config.grouping, method_names=config.method_names), Diagnostics()
        ),
        config,
    )
    paging = api.operations[0].paging
    assert paging is not None and paging.scheme == "page"
    with MockServer(spec) as mock, httpx.Client(base_url=mock.base_url) as http:
        ids = []
        for page in (1, 2, 3):
            body = http.get("/broadcasts", params={"page": page}).json()
            assert body["nextPage"] is None or isinstance(body["nextPage"], int)
            ids += [item["id"] for item in body["results"]]
    assert len(set(ids)) == len(ids) > 2
    assert all(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", i) for i in ids)


def test_a_json_response_without_a_schema_is_served(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /gone:\n    delete:\n"
        "      responses:\n        '200':\n          description: Deleted.\n"
        "          content: {application/json: {}}\n",
        encoding="utf-8",
    )
    with MockServer(spec) as server, httpx.Client(base_url=server.url) as http:
        answer = http.delete("/gone")
    assert (answer.status_code, answer.json()) == (200, {})


def test_an_id_property_is_not_read_as_a_base_uri_in_30(tmp_path: Path) -> None:
    """Draft 4 reads `id` as a schema's base URI; in OpenAPI 3.0 it is only ever a property name,
    here met on the way to a schema in another file (through `items`)."""
    (tmp_path / "list.yaml").write_text(
        "type: array\nitems:\n  type: object\n  properties:\n"
        "    id: {type: string}\n    name: {type: string}\n",
        encoding="utf-8",
    )
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /list:\n    get:\n"
        "      responses:\n        '200':\n          description: The list.\n"
        "          content: {application/json: {schema: {$ref: 'list.yaml'}}}\n",
        encoding="utf-8",
    )
    schemas = Api(load(spec)).schemas
    name = Located({"type": "string"}, str(tmp_path / "list.yaml"), "/items/properties/name")
    assert schemas.is_valid(name, "a") and not schemas.is_valid(name, 1)


def test_page_items_are_numbered_only_where_the_schema_allows(tmp_path: Path) -> None:
    """Copies of a sample item get a `-n` suffix on `id` (else `name`), unless the schema then
    rejects the item: a uuid id is numbered in its last group instead, and an id the schema
    takes in neither spelling (an enum) stays as the example gave it while the name is numbered."""
    from generator import ir
    from generator.mock import pages

    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    Item:\n      type: object\n      properties:\n"
        "        id: {type: string, format: uuid}\n        name: {type: string}\n",
        encoding="utf-8",
    )
    schemas = Api(load(spec)).schemas
    item = Located({}, str(spec), "/components/schemas/Item")
    sample = {"id": "6b5c619c-359c-44ca-87e2-47e98170c01d", "name": "a"}
    body, _ = pages.shape_page(
        ir.Paging("page", "items"),
        {"items": [sample]},
        0,
        3,
        "http://127.0.0.1:9/items",
        {},
        dict,
        lambda value: schemas.is_valid(item, value, read=True),
    )
    assert body["items"] == [{**sample, "id": f"6b5c619c-359c-44ca-87e2-{n:012x}"} for n in range(3)]

    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    Item:\n      type: object\n      properties:\n"
        "        id: {type: string, enum: [only]}\n        name: {type: string}\n",
        encoding="utf-8",
    )
    schemas = Api(load(spec)).schemas
    body, _ = pages.shape_page(
        ir.Paging("page", "items"),
        {"items": [{"id": "only", "name": "a"}]},
        0,
        3,
        "http://127.0.0.1:9/items",
        {},
        dict,
        lambda value: schemas.is_valid(item, value, read=True),
    )
    assert body["items"] == [{"id": "only", "name": f"a-{n}"} for n in range(3)]


REFERENCE = """\
openapi: 3.0.3
info: {title: T, version: '1'}
paths:
  /teams:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                team: {$ref: '#/components/schemas/TeamReference'}
      responses:
        '204': {description: Added.}
components:
  schemas:
    Base:
      type: object
      properties:
        id: {type: string, readOnly: true}
        type: {type: string, readOnly: true}
    Reference:
      allOf:
        - $ref: '#/components/schemas/Base'
        - {type: object, required: [type, id]}
    TeamReference:
      allOf:
        - $ref: '#/components/schemas/Reference'
        - type: object
          properties:
            type: {type: string, enum: [team_reference]}
"""


def test_read_only_across_all_of_members_in_a_request(tmp_path: Path) -> None:
    """A property redeclared without readOnly by another `allOf` member may be written; one
    read-only wherever declared may not, and its `required` counts for responses only."""
    spec = tmp_path / "spec.yaml"
    spec.write_text(REFERENCE, encoding="utf-8")
    with MockServer(spec) as server, httpx.Client(base_url=server.url) as http:
        assert http.post("/teams", json={"team": {"type": "team_reference"}}).status_code == 204
        refused = http.post("/teams", json={"team": {"type": "team_reference", "id": "T1"}})
        assert refused.status_code >= 400 and "team.id" in refused.json()["message"]
        assert http.post("/teams", json={"team": {"type": "other"}}).status_code >= 400


FRAGMENTS = """\
openapi: 3.0.3
info: {title: T, version: '1'}
paths:
  /files/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: fields, in: query, required: false, schema: {type: string}}
      responses:
        '200':
          description: The file.
          content: {application/json: {example: {kind: file}}}
  /files/{id}#shared_link:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: fields, in: query, required: true, schema: {type: string}}
      responses:
        '200':
          description: Its shared link.
          content: {application/json: {example: {kind: shared_link}}}
"""


def test_keys_told_apart_by_a_fragment_route_by_their_required_parameters(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(FRAGMENTS, encoding="utf-8")
    with MockServer(spec) as server, httpx.Client(base_url=server.url) as http:
        assert http.get("/files/f1").json() == {"kind": "file"}
        assert http.get("/files/f1", params={"fields": "shared_link"}).json() == {"kind": "shared_link"}


# requests real specs write: the mock accepts what the spec allows, and its request synthesizer
# builds what a caller would send ------------------------------------------------------------

CHOOSING = """\
openapi: 3.0.3
info: {title: choosing, version: '1'}
paths:
  /templates/{id}:
    get:
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {'200': {description: one, content: {application/json: {example: {kind: one}}}}}
  /templates/fields:
    get:
      parameters:
        - {name: Content-Type, in: header, required: true, schema: {type: string}}
        - {name: Accept, in: header, required: true, schema: {type: string}}
      responses: {'200': {description: fields, content: {application/json: {example: {kind: fields}}}}}
  /messages:
    post:
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema: {type: object, properties: {text: {type: string}}}
      responses: {'204': {description: sent}}
  /fields:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema:
              allOf: [{$ref: '#/components/schemas/Base'}]
              required: [id, name]
      responses: {'204': {description: made}}
  /options:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema:
              oneOf:
                - {type: object, required: [kind], properties: {kind: {type: string, enum: [text]}, size: {type: integer}}}
                - {type: object, required: [kind, url], properties: {kind: {type: string, enum: [link]}, url: {type: string}}}
              discriminator:
                propertyName: kind
                mapping: {text: '#/paths/~1nowhere/post/requestBody/content/application~1json/schema'}
      responses: {'204': {description: made}}
  /rules:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema:
              allOf:
                - {$ref: '#/components/schemas/Rules'}
                - anyOf:
                    - {required: [inbound]}
                    - {required: [outbound]}
      responses: {'204': {description: made}}
  /variables:
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema:
              oneOf:
                - {$ref: '#/components/schemas/Recent'}
                - {$ref: '#/components/schemas/Counted'}
      responses: {'204': {description: made}}
components:
  schemas:
    Base:
      type: object
      properties:
        id: {type: string, readOnly: true}
        name: {type: string}
    Rules:
      type: object
      properties:
        inbound: {type: array, items: {type: string}}
        outbound: {type: array, items: {type: string}}
    Recent:
      type: object
      required: [name]
      properties:
        name: {type: string}
        configuration:
          type: object
          properties: {type: {type: string, enum: [recent]}}
    Counted:
      type: object
      required: [name]
      properties:
        name: {type: string}
        configuration:
          type: object
          properties: {type: {type: string, enum: [counted]}, ttl: {type: integer}}
"""


@pytest.fixture(scope="module")
def choosing(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[MockServer, httpx.Client]]:
    spec = tmp_path_factory.mktemp("choosing") / "choosing.yaml"
    spec.write_text(CHOOSING, encoding="utf-8")
    with MockServer(spec) as mock, httpx.Client(base_url=mock.base_url) as http:
        yield mock, http


def test_header_parameters_openapi_ignores_do_not_steer_routing(
    choosing: tuple[MockServer, httpx.Client],
) -> None:
    """`Content-Type` and `Accept` declared as required header parameters of a GET: the
    literal path still wins over the template, whether or not the client sends them."""
    _, http = choosing
    assert http.get("/templates/fields").json() == {"kind": "fields"}
    assert http.get("/templates/t1").json() == {"kind": "one"}


def test_an_empty_form_is_a_body(choosing: tuple[MockServer, httpx.Client]) -> None:
    _, http = choosing
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    assert http.post("/messages", content=b"", headers=form).status_code == 204
    assert http.post("/messages", content=b"").status_code == 400  # no body at all


def test_required_read_only_properties_declared_in_all_of_members(
    choosing: tuple[MockServer, httpx.Client],
) -> None:
    """`required` beside an `allOf` whose member declares `id` readOnly: a request need not
    (and must not) send it, and still must send the writable `name`."""
    _, http = choosing
    assert http.post("/fields", json={"name": "n"}).status_code == 204
    assert http.post("/fields", json={}).status_code == 422
    assert http.post("/fields", json={"name": "n", "id": "x"}).status_code == 422


def test_a_discriminator_leading_nowhere_falls_back_to_the_branches(
    choosing: tuple[MockServer, httpx.Client],
) -> None:
    """A mapping to a pointer that does not exist, or a tag naming no schema: the branches
    decide. A tag that resolves still selects its schema."""
    _, http = choosing
    assert http.post("/options", json={"kind": "text"}).status_code == 204
    assert http.post("/options", json={"kind": "link", "url": "u"}).status_code == 204
    assert http.post("/options", json={"kind": "link"}).status_code == 422


def test_request_synth_meets_choosing_members(choosing: tuple[MockServer, httpx.Client]) -> None:
    """What a caller sends: an `anyOf` of `required` lists inside an `allOf` is met, `oneOf`
    branches that the required properties alone cannot tell apart get their optional ones, and
    a discriminator tag the branch refuses is not forced on it. Each value is accepted."""
    mock, http = choosing
    synth = Synth(mock.api.schemas, "http://h", request=True)
    for key in ("POST /rules", "POST /variables", "POST /options", "POST /fields"):
        route = mock.api.route(key)
        assert route is not None and route.body is not None
        value = synth.value(_schema(route))
        assert http.post(route.template, json=value).status_code == 204, (key, value)
    rules = synth.value(_schema(mock.api.route("POST /rules")))
    assert "inbound" in rules
    variables = synth.value(_schema(mock.api.route("POST /variables")))
    assert variables["configuration"]["type"] == "recent"


def _schema(route: Any) -> Located:
    from generator.mock.schemas import Schemas

    return Schemas.child(route.body.media[0][1], "schema")


SIBLINGS = """\
openapi: 3.0.3
info: {title: siblings, version: '1'}
paths:
  /templates/schema:
    put:
      requestBody:
        content:
          application/json:
            schema: {type: array, items: {type: object, required: [op], properties: {op: {enum: [add]}}}}
      responses: {'200': {description: added, content: {application/json: {example: {did: add}}}}}
  /templates/schema#update:
    put:
      requestBody:
        content:
          application/json-patch+json:
            schema: {type: array, items: {type: object, required: [op], properties: {op: {enum: [edit]}}}}
      responses: {'200': {description: edited, content: {application/json: {example: {did: edit}}}}}
  /search:
    get:
      parameters:
        - name: filters
          in: query
          schema: {type: array, items: {type: object, required: [scope], properties: {scope: {type: string}}}}
      responses: {'200': {description: found, content: {application/json: {example: {found: true}}}}}
"""


def test_fragment_siblings_are_told_apart_by_their_bodies(tmp_path: Path) -> None:
    spec = tmp_path / "siblings.yaml"
    spec.write_text(SIBLINGS, encoding="utf-8")
    with MockServer(spec) as mock, httpx.Client(base_url=mock.base_url) as http:
        assert http.put("/templates/schema", json=[{"op": "add"}]).json() == {"did": "add"}
        patch = {"Content-Type": "application/json-patch+json"}
        edited = http.put("/templates/schema", content=b'[{"op": "edit"}]', headers=patch)
        assert edited.json() == {"did": "edit"}
        # Neither accepts it: the first answers, with its refusal.
        assert http.put("/templates/schema", json=[{"op": "other"}]).status_code == 422


def test_a_list_of_objects_in_the_query_is_one_json_text(tmp_path: Path) -> None:
    spec = tmp_path / "siblings.yaml"
    spec.write_text(SIBLINGS, encoding="utf-8")
    with MockServer(spec) as mock, httpx.Client(base_url=mock.base_url) as http:
        assert http.get("/search", params={"filters": '[{"scope": "global"}]'}).status_code == 200
        assert http.get("/search", params={"filters": '[{"other": 1}]'}).status_code == 400
