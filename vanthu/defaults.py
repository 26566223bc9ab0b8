"""Each default of the build engine, once: every command, engine and test takes it from here."""
from __future__ import annotations

import os

TIMEOUT = 120.0  # seconds a converter may spend on one file before it counts as hung


def jobs(asked: int | None = None) -> int:
    """Processes and LibreOffice workers: as asked, else one per core."""
    return asked or os.cpu_count() or 1
