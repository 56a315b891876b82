"""The mock's HTTP side: a loopback-only threaded server, `MockServer` for tests, the CLI entry."""

from __future__ import annotations

import ipaddress
import json
import signal
import socket
import socketserver
import sys
import threading
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any, Collection, Mapping

from ..config import load_config
from ..load import load
from .app import App, RecordedRequest, Reply
from .faults import Fault
from .spec import Api
from .pages import bind_pages, read_api
from .workflows import bind

MAX_BODY = 64 * 1024 * 1024


class _BadBody(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], app: App, verbose: bool) -> None:
        # Must be set before the base class creates the socket.
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.app = app
        self.verbose = verbose
        self.stopping = threading.Event()
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks up the host's FQDN, a DNS query the mock has no use for.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), int(self.server_address[1])

    def handle_error(self, request: Any, client_address: Any) -> None:
        if self.verbose:
            super().handle_error(request, client_address)

    def close_connections(self) -> None:
        """End kept-alive connections too, so no handler thread outlives `stop()`."""
        with self.connections_lock:
            for connection in list(self.connections):
                try:
                    connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the SDK's connection pool expects
    # Headers and body go out as two writes; with Nagle on, the second waits for a delayed ACK.
    disable_nagle_algorithm = True
    server: _Server

    def setup(self) -> None:
        super().setup()
        with self.server.connections_lock:
            self.server.connections.add(self.connection)

    def finish(self) -> None:
        with self.server.connections_lock:
            self.server.connections.discard(self.connection)
        try:
            super().finish()
        except OSError:
            pass

    def _dispatch(self) -> None:
        try:
            body = self._read_body()
        except _BadBody as exc:
            self.close_connection = True  # the rest of the stream cannot be trusted
            self._send(self._error(exc.status, str(exc)))
            return
        try:
            reply = self.server.app.handle(self.command, self.path, self.headers.items(), body)
        except Exception as exc:  # noqa: BLE001 - a mock bug must answer 500, not hang the client
            if self.server.verbose:
                traceback.print_exc()
            reply = self._error(500, f"mock server error: {type(exc).__name__}")
        if reply.delay and self.server.stopping.wait(reply.delay):
            reply.drop = True
        if reply.drop:
            self.close_connection = True
            return
        self._send(reply)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_TRACE = _dispatch

    def _error(self, status: int, message: str) -> Reply:
        reply = Reply(status, json.dumps({"message": message}).encode("utf-8"), "application/json")
        reply.headers["x-request-id"] = self.server.app.request_id()
        return reply

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:
            raise _BadBody(400, "bad Content-Length")
        if length > MAX_BODY:
            raise _BadBody(413, "request body too large")
        return self.rfile.read(length)

    def _read_chunked(self) -> bytes:
        data = bytearray()
        while True:
            try:
                size = int(self.rfile.readline(1024).split(b";")[0].strip(), 16)
            except ValueError:
                raise _BadBody(400, "bad chunked encoding") from None
            if size == 0:
                while self.rfile.readline(1024).strip():  # trailers
                    pass
                return bytes(data)
            if len(data) + size > MAX_BODY:
                raise _BadBody(413, "request body too large")
            data += self.rfile.read(size)
            self.rfile.readline(1024)

    def _send(self, reply: Reply) -> None:
        try:
            self.send_response(reply.status)
            if reply.content_type:
                self.send_header("Content-Type", reply.content_type)
            if reply.chunks:
                # A stream: each piece written and flushed as it would be produced.
                self.send_header("Transfer-Encoding", "chunked")
            elif reply.status >= 200 and reply.status not in (204, 304):  # these never carry a body
                self.send_header("Content-Length", str(len(reply.body)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            if reply.chunks and self.command != "HEAD":
                for chunk in (*reply.chunks, b""):
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    self.wfile.flush()
            elif self.command != "HEAD":
                # A truncated reply keeps its full Content-Length, so the client sees a short read.
                self.wfile.write(reply.body[: len(reply.body) // 2] if reply.truncate else reply.body)
            self.wfile.flush()
        except OSError:
            self.close_connection = True
        if reply.truncate:
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        if self.server.verbose:
            super().log_message(format, *args)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class MockServer:
    """A spec-driven mock API on loopback, in a background thread.

    `with MockServer("spec.yaml") as server: httpx.get(server.url + "/v1/...")`
    """

    def __init__(
        self,
        spec_path: str | Path,
        config_path: str | Path | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        tokens: Collection[str] | None = None,
        polls_to_complete: int = 3,
        allow_non_loopback: bool = False,
        verbose: bool = False,
    ) -> None:
        if not allow_non_loopback and not _is_loopback(host):
            raise ValueError(
                f"refusing to listen on {host!r}: the mock serves loopback only (127.0.0.1, ::1, localhost)"
            )
        if polls_to_complete < 1:
            raise ValueError("polls_to_complete must be at least 1")
        doc = load(spec_path)
        info = doc.root.get("info")
        title = str(info.get("title", "api")) if isinstance(info, dict) else "api"
        config = load_config(Path(config_path), title) if config_path is not None else None
        api = Api(doc)
        named = read_api(api, config)
        flows, uploads = bind(api, config, named)
        self._app = App(
            api,
            flows,
            uploads,
            pages=bind_pages(named, config),
            tokens=tokens,
            polls_to_complete=polls_to_complete,
        )
        self._host, self._port, self._verbose = host, port, verbose
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None
        self._url = ""

    # lifecycle --------------------------------------------------------------------------

    def start(self) -> MockServer:
        if self._httpd is not None:
            raise RuntimeError("the mock server is already running")
        httpd = _Server((self._host, self._port), self._app, self._verbose)
        host, port = str(httpd.server_address[0]), int(httpd.server_address[1])
        self._url = f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
        self._app.bind(self._url)
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True, name="mock-server"
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        httpd, thread = self._httpd, self._thread
        if httpd is None or thread is None:
            return
        httpd.stopping.set()
        httpd.shutdown()
        httpd.close_connections()
        httpd.server_close()
        thread.join()
        self._httpd = self._thread = None

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # inspection -------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """`http://127.0.0.1:<port>`: the root, where `/_mock/files/...` lives."""
        if not self._url:
            raise RuntimeError("the mock server has not been started")
        return self._url

    @property
    def base_url(self) -> str:
        """The URL an SDK uses: `url` plus the path of the spec's `servers[0].url`, if any."""
        return self.url + self._app.api.prefix

    @property
    def api(self) -> Api:
        """The routes and schemas the mock serves, e.g. for `sample.sample_request`."""
        return self._app.api

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of every request received so far, oldest first."""
        return self._app.requests

    def reset(self) -> None:
        """Forget recorded requests, jobs, uploads, faults, fault counters and a forced job outcome."""
        self._app.reset()

    # control ----------------------------------------------------------------------------

    def add_fault(
        self,
        method: str = "*",
        path: str = "*",
        *,
        status: int | None = None,
        times: int | None = None,
        retry_after: float | None = None,
        retry_after_date: bool = False,
        delay: float = 0.0,
        drop: bool = False,
        truncate: bool = False,
        body: str | bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Make matching requests fail. `path` is a spec template (`/v1/items/{id}`), a glob
        (`/_mock/files/*`) or an exact path; `times=None` means every matching request.
        `headers` are added to the response (a fault with only headers keeps the real answer)."""
        if status is not None and not 100 <= status <= 599:
            raise ValueError("status must be between 100 and 599")
        if times is not None and times < 1:
            raise ValueError("times must be at least 1")
        raw = body.encode("utf-8") if isinstance(body, str) else body
        if retry_after_date and retry_after is None:
            retry_after = 1.0
        extra = tuple((str(k), str(v)) for k, v in (headers or {}).items())
        if any(c in text for pair in extra for text in pair for c in "\r\n"):
            raise ValueError("headers must not contain line breaks")
        fault = Fault(status, retry_after, retry_after_date, times, delay, drop, truncate, raw, extra)
        self._app.faults.add(method, path, fault)

    def clear_faults(self) -> None:
        self._app.faults.clear()

    def set_job_outcome(self, outcome: str | None) -> None:
        """Jobs created from now on end in `outcome` (e.g. "error"); None restores success."""
        self._app.job_outcome = outcome


def serve_forever(
    spec_path: Path, host: str = "127.0.0.1", port: int = 0, *, config: Path | None = None
) -> int:
    """The `mock` command: print the base URL, serve until SIGINT or SIGTERM, return 0."""
    if config is None and (Path(spec_path).parent / "sdk.yaml").is_file():
        config = Path(spec_path).parent / "sdk.yaml"
    try:
        server = MockServer(spec_path, config, host, port, verbose=True)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        with server:
            print(server.base_url, flush=True)
            # A bounded wait, so the signal handler gets to run promptly on every platform.
            while not stop.wait(0.2):
                pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0
