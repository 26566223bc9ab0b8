"""The PDF engines convert for real: LibreOffice workers in batches, and a pool of unoserver instances."""
from __future__ import annotations

import threading

from engine_helpers import unoserver_program, write_notices
from vanthu.convert import libreoffice, unoserver, verify
from vanthu.engine import pipeline


def test_two_libreoffice_workers_convert_a_batch_and_every_pdf_is_whole(project):
    files = write_notices(project, 4)
    outcome = pipeline.build(files, project / "build", "libreoffice", jobs=2)
    assert outcome.converter == "libreoffice" and not outcome.problems.errors
    pdfs = [project / "build" / "2026" / f"{n:02d}-TB.pdf" for n in range(1, 5)]
    assert [verify.pdf_problem(pdf) for pdf in pdfs] == [None] * 4


def test_the_converter_address_must_name_host_and_port():
    assert unoserver.parse("unoserver://127.0.0.1:2003,converter.local:2004") == [
        ("127.0.0.1", 2003), ("converter.local", 2004)]
    for bad in ("unoserver://127.0.0.1", "unoserver://:2003", "unoserver://a:port"):
        try:
            unoserver.parse(bad)
        except ValueError:
            continue
        raise AssertionError(f"{bad} was accepted")


class KillOneServerAfterFirstPdf:
    """A progress listener that stops one unoserver as soon as the first PDF is installed."""

    def __init__(self, server):
        self.server, self.phase_name, self.converted = server, "", 0

    def phase(self, name, total):
        self.phase_name = name

    def advance(self, count=1):
        if self.phase_name == "converting":
            self.converted += count
            if self.converted == 1:
                libreoffice.kill_group(self.server.process)


def test_unoserver_pool_spreads_the_batch_and_survives_an_instance_going_away(project):
    program = unoserver_program()
    files = write_notices(project, 6)
    with unoserver.LocalServer(program) as first, unoserver.LocalServer(program) as second:
        address = f"unoserver://{first.address},{second.address}"
        outcome = pipeline.build(files, project / "build", address, timeout=60,
                                 progress=KillOneServerAfterFirstPdf(second))
        assert second.process.poll() is not None  # it did go away during the build
        assert outcome.converter == "unoserver" and not outcome.problems.errors
        assert sorted(outcome.status.values()) == ["built"] * 6
        for file in files:
            assert verify.pdf_problem(project / "build" / "2026" / (file.stem + ".pdf")) is None
        assert threading.active_count() == 1  # no converter thread left behind
