"""One daemon per state file: an exclusive lock on a pid file beside it."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path


class AlreadyRunning(Exception):
    pass


def lock_path(state_path: Path) -> Path:
    return Path(str(state_path) + ".pid")


class DaemonLock:
    def __init__(self, state_path: Path) -> None:
        self.path = lock_path(state_path)
        self.fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            pid = holder_pid(Path(str(self.path)[:-4]))
            raise AlreadyRunning(f"another nextround (pid {pid or '?'}) is using {self.path.with_suffix('')}"
                                 " ; stop it first") from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self.fd = fd

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def holder_pid(state_path: Path) -> int | None:
    """The pid of the process holding the lock, or None when nobody holds it."""
    path = lock_path(state_path)
    if not path.exists():
        return None
    fd = os.open(path, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            text = path.read_text().strip()
            return int(text) if text.isdigit() else -1
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)
