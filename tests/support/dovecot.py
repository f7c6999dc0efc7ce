"""A real Dovecot IMAP server on 127.0.0.1 for the tests (and the IMAP benchmark).

``DovecotServer`` writes a throwaway config (plain IMAP and IMAPS listeners on free loopback
ports, a self-signed certificate, a static passdb for test users, Maildir storage) and runs
``dovecot -F``. Each test gets its own fresh user (``imap_account``), so one server serves the
whole session. Helpers APPEND .eml bytes with flags and read every flag back.

Where Dovecot is not installed (or ``NEXTROUND_TEST_NO_DOVECOT=1`` hides it) the fixture falls back
to the pure-Python pymap server (support/pymap_server.py) and says so; under CI (``CI=true``) a
missing Dovecot is a failure.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import pwd
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
# Flags that describe a session, not the message: never compared.
SESSION_FLAGS = {b"\\Recent"}


def dovecot_available() -> bool:
    if os.environ.get("NEXTROUND_TEST_NO_DOVECOT", "") not in ("", "0"):
        return False  # as if not installed: exercises the pymap fallback
    return os.path.exists(DOVECOT) and os.access(DOVECOT, os.X_OK)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 / localhost: (cert.pem, key.pem)."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName(
            [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    key_path.chmod(0o600)
    return cert_path, key_path


CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
{users}
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
{dh}
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:~/Maildir
mail_fsync = never
first_valid_uid = 1
first_valid_gid = 1
auth_failure_delay = 0
passdb {{
  driver = static
  args = password=pw%Mu
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = create
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = create
  }}
}}
protocol imap {{
  imap_idle_notify_interval = 2 mins
  mail_max_userip_connections = 50
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""


@dataclass
class Account:
    server: DovecotServer
    username: str
    password: str

    @property
    def maildir(self) -> Path:
        return self.server.root / "home" / self.username / "Maildir"

    def client(self, **kwargs: Any) -> Any:
        """A logged-in imapclient.IMAPClient over plain IMAP on loopback."""
        from imapclient import IMAPClient

        c = IMAPClient("127.0.0.1", port=self.server.port, ssl=False, timeout=30, **kwargs)
        c.login(self.username, self.password)
        return c

    def create_folder(self, folder: str) -> None:
        with self.client() as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)

    def append(self, raw: bytes, folder: str = "INBOX", flags: tuple[bytes | str, ...] = ()) -> int:
        """APPEND one message; returns its UID."""
        with self.client() as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            resp = c.append(folder, raw, flags=flags)
        # "[APPENDUID <uidvalidity> <uid>] Append completed."
        text = resp.decode() if isinstance(resp, bytes) else str(resp)
        return int(text.split("]", 1)[0].split()[-1]) if "APPENDUID" in text else 0

    def folders(self) -> list[str]:
        with self.client() as c:
            return sorted(f[2] for f in c.list_folders())

    def all_flags(self) -> dict[tuple[str, int], frozenset[bytes]]:
        """Every message in every folder: (folder, uid) -> its flags (read-only: EXAMINE)."""
        out: dict[tuple[str, int], frozenset[bytes]] = {}
        with self.client() as c:
            for folder in sorted(f[2] for f in c.list_folders()):
                c.select_folder(folder, readonly=True)
                uids = c.search(["ALL"])
                for uid, data in (c.fetch(uids, ["FLAGS"]) if uids else {}).items():
                    out[(folder, uid)] = frozenset(data[b"FLAGS"]) - SESSION_FLAGS
                c.unselect_folder()
        return out

    def messages(self, folder: str) -> list[bytes]:
        """The full text of every message in ``folder`` (read-only, BODY.PEEK)."""
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            uids = c.search(["ALL"])
            data = c.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
            return [data[u][b"BODY[]"] for u in sorted(data)]

    def write_maildir(self, messages: Iterator[tuple[bytes, str]], folder: str = "INBOX") -> int:
        """Drop messages straight into the Maildir (fast seeding); ``(raw, maildir_flags)`` pairs."""
        base = self.maildir if folder == "INBOX" else self.maildir / ("." + folder.replace("/", "."))
        for sub in ("tmp", "new", "cur"):
            (base / sub).mkdir(parents=True, exist_ok=True)
        count = 0
        now = int(time.time())
        for count, (raw, flags) in enumerate(messages, start=1):
            name = f"{now - 10_000_000 + count}.M{count}P{os.getpid()}.seed,S={len(raw)}:2,{flags}"
            (base / "cur" / name).write_bytes(raw)
        self.server.own(self.server.root / "home" / self.username)
        return count


def wait_for_greeting(server: Any, what: str, seconds: float = 30) -> None:
    """The port opens before logins work: wait for the server's ``* OK`` greeting."""
    deadline = time.monotonic() + seconds
    while True:
        if server.proc.poll() is not None:
            raise RuntimeError(f"{what} exited {server.proc.returncode}:\n{server.log()}")
        try:
            with socket.create_connection(("127.0.0.1", server.port), timeout=2) as s:
                if s.recv(200).startswith(b"* OK"):
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            server.stop()
            raise RuntimeError(f"{what} did not greet within {seconds:g} s:\n{server.log()}")
        time.sleep(0.05)


def stop_process(proc: subprocess.Popen | None) -> None:
    if proc and proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class DovecotServer:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.port = free_port()
        self.tls_port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self._names = itertools.count(1)
        if os.geteuid() == 0:
            self.uid, self.gid = 65534, 65534  # nobody:nogroup; Dovecot never runs mail as root
            self.users = ""
        else:  # a laptop: everything runs as the current user
            me = pwd.getpwuid(os.geteuid()).pw_name
            self.uid, self.gid = os.geteuid(), os.getegid()
            self.users = f"default_internal_user = {me}\ndefault_login_user = {me}\n"
        self.cert, self.key = make_certificate(root)
        self.ca_file = self.cert

    def own(self, path: Path) -> None:
        if os.geteuid() != 0:
            return
        for dirpath, _dirs, files in os.walk(path):
            os.chown(dirpath, self.uid, self.gid)
            for f in files:
                os.chown(os.path.join(dirpath, f), self.uid, self.gid)

    def start(self) -> None:
        (self.root / "home").mkdir(exist_ok=True)
        dh = "ssl_dh = </usr/share/dovecot/dh.pem" if os.path.exists("/usr/share/dovecot/dh.pem") else ""
        conf = self.root / "dovecot.conf"
        conf.write_text(CONFIG.format(root=self.root, cert=self.cert, key=self.key, dh=dh, uid=self.uid,
                                      gid=self.gid, port=self.port, tls_port=self.tls_port, users=self.users))
        self.proc = subprocess.Popen([DOVECOT, "-F", "-c", str(conf)], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        wait_for_greeting(self, "dovecot")

    def log(self) -> str:
        try:
            return (self.root / "dovecot.log").read_text(errors="replace")[-4000:]
        except OSError:
            return ""

    def stop(self) -> None:
        stop_process(self.proc)

    def add_user(self, name: str = "") -> Account:
        """A new user with an empty Maildir. Its password is "pw" + md5(name) (a static passdb:
        no file to reload, so a user works at once; any other password is refused)."""
        import hashlib

        name = name or f"user{next(self._names)}-{os.urandom(3).hex()}@example.net"
        home = self.root / "home" / name
        home.mkdir(parents=True, exist_ok=True)
        self.own(home)
        return Account(self, name, "pw" + hashlib.md5(name.encode()).hexdigest())


class ImapProxy:
    """A TCP proxy in front of Dovecot that records every command the client sends and can cut
    one connection after the server has sent ``drop_after`` bytes (a server dying mid-fetch)."""

    COMMAND = re.compile(rb"^[A-Z]{4}\d+ (?:UID )?([A-Za-z]+)")

    def __init__(self, upstream_port: int) -> None:
        self.upstream = upstream_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.client_bytes: list[bytearray] = []
        self.drop_after: int | None = None
        self.dropped = 0
        self._lock = threading.Lock()
        threading.Thread(target=self._serve, daemon=True).start()

    def commands(self) -> list[str]:
        """Every command sent so far (EXAMINE, UID FETCH -> FETCH, ...), upper-cased, in order."""
        out = []
        with self._lock:
            streams = [bytes(b) for b in self.client_bytes]
        for stream in streams:
            for line in stream.split(b"\r\n"):
                m = self.COMMAND.match(line)
                if m:
                    out.append(m.group(1).decode().upper())
        return out

    def lines(self) -> list[bytes]:
        with self._lock:
            return [line for b in self.client_bytes for line in bytes(b).split(b"\r\n")]

    def _serve(self) -> None:
        while True:
            try:
                down, _ = self.listener.accept()
            except OSError:
                return
            up = socket.create_connection(("127.0.0.1", self.upstream))
            record = bytearray()
            with self._lock:
                self.client_bytes.append(record)
            threading.Thread(target=self._pump, args=(down, up, record, False), daemon=True).start()
            threading.Thread(target=self._pump, args=(up, down, None, True), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, record: bytearray | None, from_server: bool) -> None:
        sent = 0
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if record is not None:
                    with self._lock:
                        record.extend(data)
                if from_server and self.drop_after is not None and sent + len(data) > self.drop_after:
                    dst.sendall(data[: max(0, self.drop_after - sent)])
                    self.drop_after = None  # only this connection dies
                    self.dropped += 1
                    break
                dst.sendall(data)
                sent += len(data)
        except OSError:
            pass
        for sock in (src, dst):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def close(self) -> None:
        self.listener.close()


def make_root() -> Path:
    # Not under pytest's tmp dir: that is 0700 root, and Dovecot's mail processes run as nobody.
    root = Path(tempfile.mkdtemp(prefix="nextround-dovecot-"))
    root.chmod(0o755)
    return root


@pytest.fixture(scope="session")
def dovecot_server(pytestconfig: pytest.Config) -> Iterator[DovecotServer]:
    """One Dovecot for the session (plain IMAP on .port, IMAPS on .tls_port, CA in .ca_file)."""
    if not dovecot_available():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("dovecot is not installed (CI): run scripts/ensure-system-deps")
        from support.pymap_server import PymapServer, pymap_available

        if not pymap_available():
            pytest.skip("neither dovecot (scripts/ensure-system-deps) nor pymap (pip install pymap) is installed")
        note = "Dovecot not found: using the pure-Python pymap server"
        capture = pytestconfig.pluginmanager.get_plugin("capturemanager")
        with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
            print(f"\n{note}", file=sys.stderr)
        root = make_root()
        server: DovecotServer | PymapServer = PymapServer(root)
    else:
        root = make_root()
        server = DovecotServer(root)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def imap_account(dovecot_server: DovecotServer) -> Account:
    """A fresh user with an empty INBOX (and Drafts, Sent) on the session's Dovecot."""
    return dovecot_server.add_user()


@pytest.fixture
def imap_proxy(dovecot_server: DovecotServer) -> Iterator[ImapProxy]:
    """A recording proxy to the session's Dovecot (plain IMAP); see ImapProxy."""
    proxy = ImapProxy(dovecot_server.port)
    yield proxy
    proxy.close()


def imap_config_text(account: Account, state: Path, *, port: int | None = None, extra: str = "",
                     imap: str = "", security: str = "none") -> str:
    """A config reading ``account`` over loopback (password from $NEXTROUND_TEST_IMAP_PASSWORD)."""
    server = account.server
    port = port or (server.tls_port if security == "tls" else server.port)
    return textwrap.dedent(f"""\
        [user]
        name = "Sam Rivera"
        addresses = ["sam@example.net"]
        timezone = "Europe/Berlin"

        [source]
        kind = "imap"
        [source.imap]
        host = "127.0.0.1"
        port = {port}
        security = "{security}"
        username = "{account.username}"
        password = {{ env = "NEXTROUND_TEST_IMAP_PASSWORD" }}
        initial_lookback_days = 0
        """) + textwrap.dedent(imap) + textwrap.dedent(f"""\

        [state]
        path = "{state}"

        [daemon]
        react_max_age_days = 0
        """) + textwrap.dedent(extra)
