"""A pool of unoserver instances (LibreOffice behind XML-RPC), on this machine or on others.

`--converter unoserver://host:port[,host:port…]`. One thread per instance takes the next DOCX from a shared queue,
so a fast machine takes more. The DOCX bytes travel in the request and the PDF bytes come back, so an instance
on another machine needs no shared folder. An instance that refuses the connection or does not answer within the
timeout is dropped for the rest of the build and its file goes back in the queue; the build goes on with the
others. A file that fails twice is given up and reported by name.

The protocol is unoserver's XML-RPC API 3 (`info`, `convert`); it is called here with the standard library so
each call has a timeout, which unoserver's own client does not offer.
"""
from __future__ import annotations

import http.client
import os
import queue
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import xmlrpc.client
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from vanthu import defaults
from vanthu.convert.verify import Result, pdf_problem
from vanthu.processes import kill_group, start_group

SCHEME = "unoserver://"
API = "3"
MAX_STRIKES = 2


def parse(spec: str) -> list[tuple[str, int]]:
    """'unoserver://a:2003,b:2003' → [('a', 2003), ('b', 2003)]; ValueError with the bad part otherwise."""
    endpoints = []
    for part in spec.removeprefix(SCHEME).split(","):
        split = urlsplit("//" + part.strip())
        try:
            port = split.port
        except ValueError:
            port = None
        if not split.hostname or port is None:
            raise ValueError(part)
        endpoints.append((split.hostname, port))
    return endpoints


class _Transport(xmlrpc.client.Transport):
    def __init__(self, timeout: float):
        super().__init__()
        self.timeout = timeout

    def make_connection(self, host):
        connection = super().make_connection(host)
        connection.timeout = self.timeout
        return connection


@dataclass
class Instance:
    host: str
    port: int
    timeout: float

    @property
    def name(self) -> str:
        return f"{self.host}:{self.port}"

    def _proxy(self, timeout: float) -> xmlrpc.client.ServerProxy:
        return xmlrpc.client.ServerProxy(f"http://{self.name}", transport=_Transport(timeout), allow_none=True)

    def ready(self) -> str | None:
        """None when the instance answers and speaks our API version; otherwise why not."""
        try:
            info = self._proxy(min(self.timeout, 10)).info()
        except (OSError, xmlrpc.client.Error, http.client.HTTPException) as exc:
            return _reason(exc)
        return None if str(info.get("api")) == API else f"unoserver API {info.get('api')}, not {API}"

    def convert(self, docx: Path, pdf: Path, filter_options: list[str]) -> str | None:
        """Write `pdf` from `docx`; None when done, else why not."""
        try:
            data = self._proxy(self.timeout).convert(
                None, xmlrpc.client.Binary(docx.read_bytes()), None, "pdf", None, filter_options, False, None, None)
        except (OSError, xmlrpc.client.Error, http.client.HTTPException) as exc:
            return _reason(exc)
        pdf.write_bytes(data.data)
        return None


def _reason(exc: Exception) -> str:
    if isinstance(exc, TimeoutError):
        return "no answer in time"
    if isinstance(exc, xmlrpc.client.Fault):
        return exc.faultString.strip().splitlines()[-1] if exc.faultString.strip() else "fault"
    return str(exc) or type(exc).__name__


class UnoserverPool:
    name = "unoserver"

    def __init__(self, endpoints: list[tuple[str, int]], timeout: float = defaults.TIMEOUT, pdf_a: bool = False):
        self.instances = [Instance(host, port, timeout) for host, port in endpoints]
        self.filter_options = ["SelectPdfVersion=2"] if pdf_a else []

    def convert(self, docx_files: list[Path], out_dir: Path,
                on_done: Callable[[Path, Path | str], None] | None = None) -> Result:
        result: Result = {}
        todo: queue.Queue[Path] = queue.Queue()
        for docx in docx_files:
            todo.put(docx)
        strikes: dict[Path, list[str]] = {}
        lock = threading.Lock()
        alive = {instance.name for instance in self.instances}
        left = [len(docx_files)]

        def settle(docx: Path, outcome: Path | str) -> None:  # under lock
            result[docx] = outcome
            left[0] -= 1
            if on_done:
                on_done(docx, outcome)

        stopped: list[BaseException] = []

        def serve(instance: Instance) -> None:
            try:
                convert_with(instance)
            except BaseException as error:  # a full disk, say: every thread stops, and the build hears of it
                with lock:
                    stopped.append(error)
                    left[0] = 0

        def convert_with(instance: Instance) -> None:
            if (why := instance.ready()) is not None:
                with lock:
                    alive.discard(instance.name)
                    _fail_rest_if_none_alive(f"{instance.name}: {why}")
                return
            while True:
                with lock:
                    if left[0] <= 0:
                        return
                try:
                    docx = todo.get(timeout=0.2)
                except queue.Empty:
                    continue
                pdf = out_dir / (docx.stem + ".pdf")
                why = instance.convert(docx, pdf, self.filter_options)
                why = why or pdf_problem(pdf)
                with lock:
                    if why is None:
                        settle(docx, pdf)
                        continue
                    reasons = strikes.setdefault(docx, [])
                    reasons.append(f"{instance.name}: {why}")
                    if len(reasons) >= MAX_STRIKES:
                        settle(docx, "; ".join(reasons))
                    else:
                        todo.put(docx)
                    if why == "no answer in time" or _unreachable(why):
                        alive.discard(instance.name)  # not trusted again in this build
                        _fail_rest_if_none_alive(f"{instance.name}: {why}")
                        return

        def _fail_rest_if_none_alive(last_reason: str) -> None:
            if alive:
                return
            while True:
                try:
                    docx = todo.get_nowait()
                except queue.Empty:
                    return
                settle(docx, "; ".join([*strikes.get(docx, []), last_reason]))

        threads = [threading.Thread(target=serve, args=(instance,), daemon=True) for instance in self.instances]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if stopped:
            raise stopped[0]
        return result


def _unreachable(why: str) -> bool:
    return any(word in why for word in ("Connection refused", "Connection reset", "No route", "Name or service"))


def find_server() -> str | None:
    """The `unoserver` program (it needs a Python with LibreOffice's uno module, so it lives outside .venv):
    VANTHU_UNOSERVER, else on the PATH, else where .ci/run installs it."""
    for candidate in (os.environ.get("VANTHU_UNOSERVER"), shutil.which("unoserver"),
                      "/opt/vanthu-unoserver/bin/unoserver"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class LocalServer:
    """A unoserver on a loopback port of this machine, with a profile of its own, for as long as the `with` lasts."""

    def __init__(self, program: str, start_timeout: float = 90.0):
        self.program, self.start_timeout = program, start_timeout
        self.port = free_port()
        self.address = f"127.0.0.1:{self.port}"

    def __enter__(self) -> "LocalServer":
        self._profile = tempfile.TemporaryDirectory(prefix="vanthu-unoserver-")
        self.process = start_group(
            [self.program, "--interface", "127.0.0.1", "--port", str(self.port), "--uno-interface", "127.0.0.1",
             "--uno-port", str(free_port()), "--user-installation", self._profile.name],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        instance = Instance("127.0.0.1", self.port, 5)
        deadline = time.monotonic() + self.start_timeout
        try:
            while instance.ready() is not None:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise OSError(f"unoserver did not start on {self.address}")
                time.sleep(0.5)
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *_) -> None:
        kill_group(self.process)
        self._profile.cleanup()
