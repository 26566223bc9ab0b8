"""Helper processes (LibreOffice, unoserver) that never outlive the build that started them.

LibreOffice's `soffice` is a launcher that starts `soffice.bin`, so a helper is started in a process group of its
own and stopped by killing the whole group. A build can also die without cleaning up (`kill -9`, a crash): then
on Linux a small guard does it. The guard is this file run as a script: it leads the group, asks the kernel for a
signal when its parent dies (prctl PR_SET_PDEATHSIG, through ctypes), and on that signal kills its group. A
parent-death signal set on soffice itself would reach only the launcher, not the soffice.bin it forks. (The
kernel sends it when the thread that started the guard ends: helpers are started from the build's main thread.)

Only the standard library is imported here: the guard runs as a plain script before any of the toolkit.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def windows() -> bool:
    return sys.platform == "win32"


def start_group(command: list[str], **popen) -> subprocess.Popen:
    """Start `command` in a group of its own that `kill_group` stops whole, and that dies with this process."""
    if windows():
        # No process groups or killpg on Windows: `kill_group` stops the tree with taskkill /T instead.
        return subprocess.Popen(command, creationflags=getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0x200),
                                **popen)
    if sys.platform.startswith("linux"):
        command = [sys.executable, os.path.abspath(__file__), str(os.getpid()), *command]
    return subprocess.Popen(command, start_new_session=True, **popen)


def kill_group(process: subprocess.Popen) -> None:
    """Kill the process and everything it started, and wait for it."""
    if windows():
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    else:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    process.wait()


def die_with_parent(signum: int) -> None:
    """Linux: have the kernel send `signum` to this process when its parent ends; elsewhere nothing."""
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signum, 0, 0, 0)


def _guard(parent: int, command: list[str]) -> int:
    """Run `command` in this process's group; kill the group when the parent dies or this guard is told to stop."""
    def kill_all(signum=None, frame=None):
        os.killpg(0, signal.SIGKILL)  # the group: the command, what it started, and this guard

    for stop in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(stop, kill_all)
    die_with_parent(signal.SIGTERM)
    if os.getppid() != parent:  # the parent died before the request above: nobody will send the signal
        kill_all()
    code = subprocess.Popen(command).wait()  # same group as the guard
    if code < 0:  # killed by a signal: end the same way, so the build reports what happened to LibreOffice
        signal.signal(-code, signal.SIG_DFL)
        os.kill(os.getpid(), -code)
    return code


if __name__ == "__main__":
    sys.exit(_guard(int(sys.argv[1]), sys.argv[2:]))
