"""IMAP sync benchmark against a real Dovecot on 127.0.0.1 (not a test: prints figures).

    .venv/bin/python bench/imap_sync.py                   # 10,000 messages
    .venv/bin/python bench/imap_sync.py --messages 50000  # the memory run

Seeds a fresh Dovecot user's Maildir with N realistic messages (~16 KB on average: plain mail,
multipart text+HTML newsletters, some with attachments; ~3 % rejections written by a person),
then times, in one run:

  (a) a bare imapclient loop fetching every message (BODY.PEEK[] in batches of 500);
  (b) nextround's first full scan (`nextround run --once`: fetch, classify, state writes);
  (c) a poll with nothing new (median of repeated scans on an open connection);
  (d) APPEND of a rejection to its draft appearing in Drafts, with the daemon running and
      IDLE on (`nextround run`, thank_you drafts = "imap"); median and worst of several.

and prints each figure, the ratio b/a and the peak RSS of the scanning process.
Goals: b/a <= 1.0; (c) <= 5 ms; (d) <= 1.5 s; peak RSS <= 150 MB at 50,000 messages.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, make_msgid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from support.dovecot import Account, DovecotServer, dovecot_available, make_root  # noqa: E402

WORDS = ("the", "project", "update", "meeting", "schedule", "quarterly", "report", "review", "team", "please",
         "find", "attached", "details", "regarding", "our", "next", "steps", "budget", "planning", "thanks",
         "again", "for", "your", "help", "with", "this", "we", "will", "follow", "up", "soon", "customer",
         "feedback", "release", "notes", "design", "draft", "invoice", "order", "shipping", "account", "security",
         "notice", "weekend", "plans", "dinner", "photos", "family", "trip", "conference", "tickets", "webinar",
         "newsletter", "offer", "discount")
FIRST = ["Dana", "Owen", "Priya", "Marta", "Jonas", "Aisha", "Tom", "Lena", "Hugo", "Keiko", "Rafael", "Ines"]
LAST = ["Whitfield", "Prescott", "Natarajan", "Kowalski", "Berg", "Okafor", "Reyes", "Hoffmann", "Laurent"]
COMPANIES = ["Acme Robotics", "Halvorsen Marine Systems", "Corvid Labs", "Brightwave Analytics", "Northgate Bank",
             "Lumen Health", "Quarry Software", "Tessellate Games", "Bluefin Logistics", "Meridian Energy"]
ROLES = ["Senior Data Engineer", "UX Researcher", "Product Manager", "Backend Developer", "Marketing Coordinator",
         "Site Reliability Engineer", "Financial Analyst"]
OWNER = "sam@example.net"


def slug(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def paragraph(rng: random.Random, words: int) -> str:
    out = " ".join(rng.choice(WORDS) for _ in range(words))
    return textwrap.fill(out[0].upper() + out[1:] + ".", 72)


def received_headers(rng: random.Random, when: datetime) -> str:
    hops = []
    for i in range(rng.randint(2, 5)):
        host = f"mx{rng.randint(1, 40)}.relay{i}.example"
        hops.append(f"Received: from {host} (unknown [10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.1])\r\n"
                    f"\tby mail.example.net (Postfix) with ESMTPS id {rng.getrandbits(40):X}\r\n"
                    f"\tfor <{OWNER}>; {format_datetime(when)}\r\n")
    dkim = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(344))
    hops.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=sel1;\r\n"
                "\th=from:to:subject:date:message-id; bh=" + dkim[:44] + ";\r\n\tb=" +
                "\r\n\t ".join(dkim[i:i + 76] for i in range(0, len(dkim), 76)) + "\r\n")
    return "".join(hops)


def head(rng: random.Random, when: datetime, sender: str, subject: str, domain: str, ctype: str) -> str:
    return (received_headers(rng, when) +
            f"Message-ID: {make_msgid(domain=domain)}\r\nDate: {format_datetime(when)}\r\nFrom: {sender}\r\n"
            f"To: Sam Rivera <{OWNER}>\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n{ctype}")


def rejection(rng: random.Random, when: datetime) -> bytes:
    first, last, company, role = rng.choice(FIRST), rng.choice(LAST), rng.choice(COMPANIES), rng.choice(ROLES)
    domain = slug(company) + ".example"
    sender = f"{first} {last} <{first.lower()}.{last.lower()}@{domain}>"
    body = (f"Dear Sam,\r\n\r\nThank you for your interest in the {role} position at {company} and for the time you"
            f" spent\r\ninterviewing with our team. After careful consideration, we have decided to move forward\r\n"
            f"with other candidates whose experience more closely matches our needs.\r\n\r\nWe wish you every"
            f" success in your job search.\r\n\r\nBest regards,\r\n{first} {last}\r\nTalent Acquisition\r\n"
            f"{company}\r\n")
    return (head(rng, when, sender, f"Your application for {role} at {company}", domain,
                 "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n")
            + "\r\n" + body).encode()


def plain(rng: random.Random, when: datetime) -> bytes:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    body = "\r\n\r\n".join(paragraph(rng, rng.randint(40, 160)).replace("\n", "\r\n")
                           for _ in range(rng.randint(2, 8)))
    return (head(rng, when, f"{first} {last} <{first.lower()}@friends.example>", paragraph(rng, 5)[:60],
                 "friends.example", "Content-Type: text/plain; charset=utf-8\r\n") + "\r\n" + body + "\r\n").encode()


def newsletter(rng: random.Random, when: datetime, attachment: int = 0) -> bytes:
    company = rng.choice(COMPANIES)
    domain = "news." + slug(company) + ".example"
    paras = [paragraph(rng, rng.randint(60, 200)) for _ in range(rng.randint(3, 10))]
    text = "\r\n\r\n".join(p.replace("\n", "\r\n") for p in paras)
    html = "<html><body>" + "".join(
        f'<table width="100%"><tr><td style="font-family:Arial;font-size:14px;color:#333">'
        f'<p>{p}</p><a href="https://{domain}/t/{rng.getrandbits(64):x}">Read more</a></td></tr></table>\r\n'
        for p in paras) + "</body></html>"
    b1, b2 = f"alt{rng.getrandbits(48):x}", f"mix{rng.getrandbits(48):x}"
    alt = (f"--{b1}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
           f"--{b1}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n--{b1}--\r\n")
    if not attachment:
        return (head(rng, when, f"{company} <news@{domain}>", f"{company} news: " + paragraph(rng, 4)[:40], domain,
                     f'Content-Type: multipart/alternative; boundary="{b1}"\r\n') + "\r\n" + alt).encode()
    import base64

    blob = base64.encodebytes(rng.randbytes(attachment)).decode().replace("\n", "\r\n")
    body = (f"--{b2}\r\nContent-Type: multipart/alternative; boundary=\"{b1}\"\r\n\r\n{alt}\r\n"
            f"--{b2}\r\nContent-Type: application/pdf; name=\"report.pdf\"\r\nContent-Disposition: attachment;"
            f" filename=\"report.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{blob}--{b2}--\r\n")
    return (head(rng, when, f"{company} <reports@{domain}>", "Your monthly report", domain,
                 f'Content-Type: multipart/mixed; boundary="{b2}"\r\n') + "\r\n" + body).encode()


def generate(count: int, seed: int = 7) -> Iterator[tuple[bytes, str, float]]:
    """(raw, Maildir flags, arrival time) for ``count`` messages, oldest first, all in the last 90 days."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    for i in range(count):
        when = now - timedelta(days=90) + timedelta(seconds=i * (90 * 86400 - 3600) / max(count, 1))
        roll = rng.random()
        if roll < 0.03:
            raw = rejection(rng, when)
        elif roll < 0.70:
            raw = plain(rng, when)
        elif roll < 0.955:
            raw = newsletter(rng, when)
        else:
            raw = newsletter(rng, when, attachment=rng.randint(60_000, 220_000))
        yield raw, ("S" if rng.random() < 0.7 else ""), when.timestamp()


def seed(account: Account, count: int) -> tuple[int, int]:
    base = account.maildir
    for sub in ("tmp", "new", "cur"):
        (base / sub).mkdir(parents=True, exist_ok=True)
    total = 0
    for n, (raw, flags, at) in enumerate(generate(count), start=1):
        path = base / "cur" / f"{int(at)}.M{n}P1.bench,S={len(raw)}:2,{flags}"
        path.write_bytes(raw)
        os.utime(path, (at, at))  # Maildir: the file time is the message's INTERNALDATE
        total += len(raw)
    account.server.own(account.maildir.parent)
    return count, total


def bare_fetch(account: Account, batch: int = 500) -> tuple[float, int]:
    start = time.perf_counter()
    c = account.client()
    c.select_folder("INBOX", readonly=True)
    uids = c.search(["ALL"])
    got = 0
    for i in range(0, len(uids), batch):
        for data in c.fetch(uids[i:i + batch], ["BODY.PEEK[]"]).values():
            got += len(data[b"BODY[]"])
    c.logout()
    return time.perf_counter() - start, got


def write_config(root: Path, account: Account, name: str, plugins: str) -> Path:
    path = root / f"{name}.toml"
    path.write_text(textwrap.dedent(f"""\
        [user]
        name = "Sam Rivera"
        addresses = ["{OWNER}"]
        [source]
        kind = "imap"
        [source.imap]
        host = "127.0.0.1"
        port = {account.server.port}
        security = "none"
        username = "{account.username}"
        password = {{ env = "BENCH_IMAP_PASSWORD" }}
        initial_lookback_days = 0
        batch_size = 500
        [state]
        path = "{root / (name + '.sqlite3')}"
        [daemon]
        react_max_age_days = 0
        [logging]
        level = "warning"
        {plugins}
        """))
    return path


def env_for(account: Account, root: Path) -> dict[str, str]:
    return {**os.environ, "BENCH_IMAP_PASSWORD": account.password, "NEXTROUND_DATA_DIR": str(root / "data")}


def timed_run_once(config: Path, env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) and stderr of `nextround -c CONFIG run --once`."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "nextround", "-c", str(config), "run", "--once"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read().decode(errors="replace")
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"nextround run --once exited {proc.returncode}:\n{err[-3000:]}")
    return seconds, usage.ru_maxrss / 1024, err


def source_only(config: Path, account: Account) -> float:
    """The IMAP part of (b) alone: nextround's source fetching everything and writing its cursor per
    message (what the pipeline does around classification), into a fresh state file."""
    os.environ["BENCH_IMAP_PASSWORD"] = account.password
    from nextround.config import load
    from nextround.sources.imap import ImapSource
    from nextround.state import State

    cfg = load(config)
    state = State(cfg.state_path.with_name("source-only.sqlite3"))
    source = ImapSource(cfg)
    start = time.perf_counter()
    for item in source.scan(state):
        with state.tx() as db:
            item.commit(db)
    seconds = time.perf_counter() - start
    source.close()
    state.close()
    return seconds


def poll_cost(config: Path, account: Account, rounds: int = 200) -> float:
    os.environ["BENCH_IMAP_PASSWORD"] = account.password
    from nextround.config import load
    from nextround.sources.imap import ImapSource
    from nextround.state import State

    cfg = load(config)
    state = State(cfg.state_path)
    source = ImapSource(cfg)
    assert not list(source.scan(state)), "a poll after the full scan found new mail"
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        found = list(source.scan(state))
        times.append(time.perf_counter() - start)
        assert not found
    source.close()
    state.close()
    return statistics.median(times)


def draft_latency(root: Path, server: DovecotServer, samples: int) -> list[float]:
    account = server.add_user()
    config = write_config(root, account, "daemon", '[plugins]\nenabled = ["thank_you"]\n'
                          '[plugins.thank_you]\ndrafts = "imap"\nfeedback_request = false')
    env = env_for(account, root)
    log = open(root / "daemon.log", "wb")  # noqa: SIM115
    proc = subprocess.Popen([sys.executable, "-m", "nextround", "-c", str(config), "run"], env=env,
                            stdout=log, stderr=subprocess.STDOUT)
    watcher = account.client()
    rng = random.Random(99)
    times = []
    try:
        deadline = time.monotonic() + 60
        while not _has_pass(root / "daemon.sqlite3"):
            if time.monotonic() > deadline or proc.poll() is not None:
                raise SystemExit("the daemon did not complete its first pass:\n" + (root / "daemon.log").read_text())
            time.sleep(0.05)
        time.sleep(1.0)  # let it enter IDLE
        for i in range(samples):
            before = watcher.folder_status("Drafts", ["MESSAGES"])[b"MESSAGES"]
            raw = rejection(rng, datetime.now(UTC))
            start = time.perf_counter()
            account.append(raw)
            while watcher.folder_status("Drafts", ["MESSAGES"])[b"MESSAGES"] <= before:
                if time.perf_counter() - start > 30:
                    raise SystemExit(f"no draft within 30 s (sample {i}):\n" + (root / "daemon.log").read_text())
                time.sleep(0.01)
            times.append(time.perf_counter() - start)
            time.sleep(0.5)
    finally:
        watcher.logout()
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)
        log.close()
    return times


def _has_pass(path: Path) -> bool:
    import sqlite3

    if not path.exists():
        return False
    try:
        with sqlite3.connect(path) as db:
            return db.execute("SELECT 1 FROM kv WHERE key = 'last_pass'").fetchone() is not None
    except sqlite3.Error:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--samples", type=int, default=5, help="draft latency samples for (d)")
    parser.add_argument("--skip-bare", action="store_true", help="skip (a) (e.g. for the memory run)")
    args = parser.parse_args()
    if not dovecot_available():
        raise SystemExit("dovecot is not installed (scripts/ensure-system-deps installs it)")
    root = make_root()
    work = Path(tempfile.mkdtemp(prefix="nextround-bench-"))
    server = DovecotServer(root)
    server.start()
    try:
        account = server.add_user()
        t0 = time.perf_counter()
        count, size = seed(account, args.messages)
        print(f"seeded {count} messages, {size / 1e6:.1f} MB (avg {size / count / 1024:.1f} KB)"
              f" in {time.perf_counter() - t0:.1f} s")
        warm, _ = bare_fetch(account)  # Dovecot builds its index and the page cache fills: both runs start warm
        print(f"warm-up fetch (index build): {warm:.2f} s")
        a = None
        if not args.skip_bare:
            a, got = bare_fetch(account)
            print(f"(a) bare imapclient BODY.PEEK[] x500:  {a:7.2f} s  ({count / a:,.0f} msg/s,"
                  f" {got / a / 1e6:.0f} MB/s)")
        config = write_config(work, account, "scan", "[plugins]\nenabled = []")
        b0 = source_only(config, account)
        print(f"(b0) nextround's IMAP source alone:  {b0:7.2f} s  ({count / b0:,.0f} msg/s)"
              + (f"  ratio b0/a: {b0 / a:.2f}" if a else ""))
        b, rss, err = timed_run_once(config, env_for(account, work))
        print(f"(b) nextround first full scan:      {b:7.2f} s  ({count / b:,.0f} msg/s)  peak RSS {rss:.0f} MB")
        if a:
            print(f"    ratio b/a: {b / a:.2f}  (goal <= 1.0)")
        c = poll_cost(config, account)
        print(f"(c) poll with nothing new:          {c * 1000:7.2f} ms (median of 200; goal <= 5 ms)")
        d = draft_latency(work, server, args.samples)
        print(f"(d) APPEND -> draft in Drafts:      {statistics.median(d):7.2f} s median, {max(d):.2f} s worst"
              f" of {len(d)} (goal <= 1.5 s)")
        print(f"peak RSS of the scanning process: {rss:.0f} MB at {count} messages (goal <= 150 MB at 50,000)")
    finally:
        server.stop()
        import shutil

        shutil.rmtree(root, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
