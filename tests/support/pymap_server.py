"""The pure-Python fallback for the IMAP tests: pymap's in-memory ``dict`` backend on 127.0.0.1.

Where Dovecot is not installed (a laptop) and ``CI`` is not set, ``dovecot_server`` hands out a
``PymapServer`` instead: the same interface (``port``, ``tls_port``, ``ca_file``, ``add_user``,
accounts with ``append``/``all_flags``/``messages``/``folders``...), served by pymap
(https://github.com/icgood/pymap) in a subprocess (``python -m support.pymap_server``).

Like the Dovecot config, logins use a static password scheme: any user name logs in with
"pw" + md5(name), so a new user works at once without talking to the server; its INBOX, Drafts
and Sent exist from the first login. pymap has no SPECIAL-USE (nextround finds "Drafts" by its
usual name), no XOAUTH2 and no Maildir on disk: the tests that need files on disk
(``write_maildir``, ``maildir``) are skipped under this server, with the reason.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.dovecot import SESSION_FLAGS, Account, free_port, make_certificate, stop_process, wait_for_greeting

TESTS = Path(__file__).resolve().parents[1]
FOLDERS = ("Drafts", "Sent")  # created for every user, as Dovecot's "auto = create" does
NO_DISK = "the pymap fallback server keeps mail in memory: no Maildir on disk (install dovecot-imapd)"


def pymap_available() -> bool:
    try:
        import pymap.backend.dict  # noqa: F401
    except ImportError:
        return False
    return True


def static_password(name: str) -> str:
    """The password of every test user (the same rule as the Dovecot config's static passdb)."""
    return "pw" + hashlib.md5(name.encode()).hexdigest()


class PymapAccount(Account):
    """An Account on the pymap server: everything over IMAP works; files on disk do not exist."""

    @property
    def maildir(self) -> Path:  # type: ignore[override]
        pytest.skip(f"needs the Maildir files: {NO_DISK}")

    def all_flags(self) -> dict[tuple[str, int], frozenset[bytes]]:
        """As Account.all_flags; pymap has no UNSELECT, so each EXAMINE simply replaces the last."""
        out: dict[tuple[str, int], frozenset[bytes]] = {}
        with self.client() as c:
            for folder in sorted(f[2] for f in c.list_folders()):
                c.select_folder(folder, readonly=True)
                uids = c.search(["ALL"])
                for uid, data in (c.fetch(uids, ["FLAGS"]) if uids else {}).items():
                    out[(folder, uid)] = frozenset(data[b"FLAGS"]) - SESSION_FLAGS
        return out

    def write_maildir(self, messages: Iterator[tuple[bytes, str]], folder: str = "INBOX") -> int:
        pytest.skip(f"seeds a Maildir on disk: {NO_DISK}")


class PymapServer:
    """pymap in a subprocess: plain IMAP (with STARTTLS) on ``port``, implicit TLS on ``tls_port``."""

    name = "pymap"

    def __init__(self, root: Path) -> None:
        self.root = root
        self.port = free_port()
        self.tls_port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self._names = 0
        self.cert, self.key = make_certificate(root)
        self.ca_file = self.cert

    def own(self, path: Path) -> None:  # nothing on disk belongs to the server
        pass

    def start(self) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(TESTS), os.environ.get("PYTHONPATH")]))}
        argv = [sys.executable, "-m", "support.pymap_server", "--port", str(self.port), "--tls-port",
                str(self.tls_port), "--cert", str(self.cert), "--key", str(self.key)]
        with open(self.root / "pymap.log", "ab") as log:
            self.proc = subprocess.Popen(argv, env=env, stdout=log, stderr=subprocess.STDOUT)
        wait_for_greeting(self, "pymap")

    def log(self) -> str:
        try:
            return (self.root / "pymap.log").read_text(errors="replace")[-4000:]
        except OSError:
            return ""

    def stop(self) -> None:
        stop_process(self.proc)

    def add_user(self, name: str = "") -> PymapAccount:
        """A new user (created by the server at its first login) with an empty INBOX, Drafts and Sent."""
        self._names += 1
        name = name or f"user{self._names}-{os.urandom(3).hex()}@example.net"
        return PymapAccount(self, name, static_password(name))  # type: ignore[arg-type]


# ---- the server process ---------------------------------------------------------------------------------------


async def serve(port: int, tls_port: int, cert: str, key: str) -> None:
    from proxyprotocol.reader import ProxyProtocolReader
    from pymap.backend.dict import Config, DictBackend, Login
    from pymap.backend.dict.filter import FilterSet
    from pymap.backend.dict.mailbox import MailboxData, MailboxSet
    from pymap.imap import IMAPServer
    from pymap.user import Passwords, UserMetadata
    from pysasl import SASLAuth

    pymap_init = MailboxData.__init__

    def first_uid_is_1(self: MailboxData, *args: object, **kwargs: object) -> None:
        pymap_init(self, *args, **kwargs)  # type: ignore[arg-type]
        self._max_uid = 0  # pymap numbers from 101; Dovecot (and the tests) from 1

    MailboxData.__init__ = first_uid_is_1  # type: ignore[method-assign]

    class TestConfig(Config):
        @property
        def initial_auth(self) -> SASLAuth:
            # LOGIN on the plain port before STARTTLS, as the Dovecot config allows (loopback only).
            return self.tls_auth

    class StaticLogin(Login):
        """Every user name exists, with the password static_password(name)."""

        async def authenticate(self, credentials):  # type: ignore[no-untyped-def]
            name = credentials.authcid
            if name and name not in self.users_dict:
                hashed = await Passwords(self.config).hash_password(static_password(name))
                self.users_dict[name] = UserMetadata(self.config, name, password=hashed)
                mailboxes = MailboxSet()
                for folder in FOLDERS:
                    await mailboxes.add_mailbox(folder)
                self.config.set_cache[name] = (mailboxes, FilterSet())
            return await super().authenticate(credentials)

    args = argparse.Namespace(passlib_cfg=None, proxy_protocol=None, inherited_sockets=None)
    config = TestConfig(args, host="127.0.0.1", port=port, demo_data=False, demo_user="demouser",
                        demo_password=os.urandom(16).hex(), cert_file=cert, key_file=key, tls_enabled=True,
                        invalid_user_sleep=0.0, bad_command_limit=None)
    config.apply_context()
    login = StaticLogin(config)
    DictBackend(login, config)
    callback = ProxyProtocolReader(config.proxy_protocol).get_callback(IMAPServer(login, config))
    plain = await asyncio.start_server(callback, host="127.0.0.1", port=port)
    tls = await asyncio.start_server(callback, host="127.0.0.1", port=tls_port, ssl=config.ssl_context)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with plain, tls:
        await stop.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description="pymap's dict backend for nextround's tests")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--tls-port", type=int, required=True)
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    opts = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(opts.port, opts.tls_port, opts.cert, opts.key))


if __name__ == "__main__":
    main()
