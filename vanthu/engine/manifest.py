"""What the last build made from what: the record beside the outputs that makes rebuilds incremental.

A notice's key is the hash of everything its outputs depend on: its YAML, its agency settings, the template, the
schema, the toolkit's own code, and the build options that change the output (PDF or not, PDF/A). A notice is
rebuilt only when its key changed or an output is missing. The record is `build/.vanthu-manifest.json`, written
whole under a temporary name and renamed, so an interrupted build leaves the previous record.

The lock `build/.vanthu-lock` keeps two builds of one folder apart: the second is refused at once, by name.
"""
from __future__ import annotations

import hashlib
import json
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import filelock

from vanthu import __version__, resources
from vanthu.check.settings import settings_file
from vanthu.files import write_atomically
from vanthu.project import project_folder

PACKAGE = Path(__file__).resolve().parent.parent
NAME = ".vanthu-manifest.json"
LOCK = ".vanthu-lock"
JOURNAL = ".vanthu-installing"  # see Journal
OWNER = ".vanthu-lock.owner"  # the process id of the build holding the lock, for the message of a second one
FORMAT = 2


@cache
def toolkit_fingerprint() -> str:
    """The hash of the code and shipped files every notice's outputs depend on; computed once per process."""
    digest = hashlib.sha256(__version__.encode())
    inputs = [*sorted(PACKAGE.rglob("*.py")), *sorted(PACKAGE.rglob("*.json")), resources.schema_file(),
              resources.default_template()]
    for path in inputs:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@cache
def templates_fingerprint(folder: Path) -> str:
    """The hash of a project's own Word templates, which its notices may be rendered through."""
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.docx")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _settings_hash(path: Path) -> str:
    stat = path.stat()
    return _hash_once(path, stat.st_mtime_ns, stat.st_size)


@cache
def _hash_once(path: Path, mtime_ns: int, size: int) -> str:
    """One read of a settings file per build however many notices share it (the stamp notices an edit)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def notice_key(file: Path, root: Path, options: str) -> str:
    """What the notice's outputs depend on, as one hash; '' when the file cannot be read (it will be checked)."""
    settings = settings_file(file, root)
    try:
        parts = [toolkit_fingerprint(), templates_fingerprint(project_folder(file) / "templates"), options,
                 hashlib.sha256(file.read_bytes()).hexdigest(),
                 _settings_hash(settings) if settings else ""]
    except OSError:
        return ""
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


@dataclass
class Entry:
    source: str  # the notice file, absolute
    key: str
    outputs: list[str]  # relative to the build folder
    number: str = ""  # year and number with symbol (numbering.key), for the duplicate check of later builds


@dataclass
class Manifest:
    folder: Path
    entries: dict[str, Entry] = field(default_factory=dict)  # by output stem, relative to the build folder

    @classmethod
    def load(cls, folder: Path) -> "Manifest":
        """The record of the last build; empty when there is none or it cannot be read (then all is rebuilt)."""
        try:
            data = json.loads((folder / NAME).read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                return cls(folder)
            return cls(folder, {stem: Entry(**entry) for stem, entry in data["notices"].items()})
        except (OSError, ValueError, TypeError, KeyError):
            return cls(folder)

    def up_to_date(self, stem: str, key: str) -> bool:
        entry = self.entries.get(stem)
        return (entry is not None and key != "" and entry.key == key
                and all((self.folder / output).is_file() for output in entry.outputs))

    def record(self, stem: str, source: Path, key: str, outputs: list[Path], number: str = "") -> None:
        self.entries[stem] = Entry(str(source.resolve()), key,
                                   [p.relative_to(self.folder).as_posix() for p in outputs], number)

    def orphans(self) -> list[tuple[str, Entry]]:
        """Entries whose notice file no longer exists: their outputs are left over."""
        return [(stem, entry) for stem, entry in sorted(self.entries.items()) if not Path(entry.source).exists()]

    def remove(self, stem: str) -> list[Path]:
        """Delete an orphan's outputs and forget it; the files removed."""
        removed = []
        for output in self.entries.pop(stem).outputs:
            path = self.folder / output
            if path.is_file():
                path.unlink()
                removed.append(path)
        return removed

    def save(self) -> None:
        data = {"format": FORMAT, "notices": {stem: vars(entry) for stem, entry in sorted(self.entries.items())}}
        write_atomically(self.folder / NAME, json.dumps(data, ensure_ascii=False, indent=0).encode("utf-8"))


class Journal:
    """The DOCX and PDF pairs being replaced, so that a build stopped between the two renames is noticed.

    Two files cannot be renamed into place as one step. So before the first rename the pair's stem is appended to
    `build/.vanthu-installing` as `+stem`, and after the second as `-stem`; a build that ends with no pair open
    removes the file. A later build reads the stems left open: those pairs may disagree (new DOCX, old PDF), so
    it says so and builds those notices again. (An append reaches the file even when the process is killed.)
    """

    def __init__(self, folder: Path):
        self.path = folder / JOURNAL
        self.open: set[str] = set()
        try:
            for line in self.path.read_text(encoding="utf-8").splitlines():
                (self.open.add if line.startswith("+") else self.open.discard)(line[1:])
        except (OSError, ValueError):
            pass
        self.stale = sorted(self.open)  # left open by an earlier build
        self._handle = None

    def begin(self, stem: str) -> None:
        if self._handle is None:  # carried over: a stale pair stays stale until it is replaced
            write_atomically(self.path, "".join(f"+{s}\n" for s in self.open).encode())
            self._handle = open(self.path, "a", encoding="utf-8")
        self._write(f"+{stem}\n")
        self.open.add(stem)

    def end(self, stem: str) -> None:
        self._write(f"-{stem}\n")
        self.open.discard(stem)

    def forget(self, stem: str) -> None:
        """A stale pair that is gone (its outputs pruned): nothing is left to disagree."""
        self.open.discard(stem)

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
        if not self.open:
            self.path.unlink(missing_ok=True)
        elif self._handle is None and set(self.stale) != self.open:
            write_atomically(self.path, "".join(f"+{s}\n" for s in self.open).encode())

    def _write(self, line: str) -> None:
        self._handle.write(line)
        self._handle.flush()


class Busy(Exception):
    """Another build holds the folder's lock."""

    def __init__(self, holder: str):
        super().__init__(holder)
        self.holder = holder


@contextmanager
def locked(folder: Path):
    """Hold the build folder's lock for the duration; Busy (with the holder's process id) when another has it."""
    lock = filelock.FileLock(folder / LOCK, timeout=0)
    try:
        lock.acquire()
    except filelock.Timeout:
        try:
            holder = (folder / OWNER).read_text(encoding="utf-8").strip()
        except OSError:
            holder = ""
        raise Busy(holder or "?") from None
    try:
        # The holder's id goes beside the lock, not in it: on Windows a locked file cannot be read by others.
        write_atomically(folder / OWNER, str(os.getpid()).encode())
        yield
    finally:
        lock.release()
