"""core/google.py and `nextround auth google`: tokens, their errors, and the sign-in flow."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from nextround.config import load
from nextround.google import GoogleAuthError, build_service, load_credentials


def config_for(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_missing_token_says_what_to_do(tmp_path: Path) -> None:
    cfg = load(config_for(tmp_path, f'[google]\ntoken_file = "{tmp_path / "none.json"}"\n'))
    with pytest.raises(GoogleAuthError, match=r"no Google token at .*none\.json; run `nextround auth google`"):
        build_service(cfg, "calendar", "v3")


def test_token_without_the_scope_says_to_sign_in_again(tmp_path: Path, google_stub) -> None:
    token = google_stub.write_token(tmp_path / "t.json", scopes=["https://www.googleapis.com/auth/contacts"])
    cfg = load(config_for(tmp_path, google_stub.config(token)))
    with pytest.raises(GoogleAuthError, match=r"does not grant calendar\.events; run `nextround auth google` again"):
        build_service(cfg, "calendar", "v3")


def test_revoked_token_message_holds_no_secret(tmp_path: Path, google_stub) -> None:
    token = google_stub.write_token(tmp_path / "t.json", expired=True)
    google_stub.revoke()
    cfg = load(config_for(tmp_path, google_stub.config(token)))
    with pytest.raises(GoogleAuthError) as caught:
        load_credentials(cfg, [])
    text = str(caught.value)
    assert "revoked or expired" in text and "nextround auth google" in text
    info = json.loads(token.read_text())
    assert info["refresh_token"] not in text and info["token"] not in text


def test_group_readable_token_is_tightened(tmp_path: Path, google_stub) -> None:
    token = google_stub.write_token(tmp_path / "t.json")
    token.chmod(0o644)
    load_credentials(load(config_for(tmp_path, google_stub.config(token))), [])
    assert token.stat().st_mode & 0o777 == 0o600


def test_auth_google_without_client_secrets_is_a_usage_error(write_config, nextround) -> None:
    proc = nextround("auth", "google", "--no-browser", config=write_config(""))
    assert proc.returncode == 2
    assert "client_secrets_file" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_auth_google_flow_saves_token_with_mode_0600(tmp_path: Path, google_stub) -> None:
    secrets = tmp_path / "client.json"
    secrets.write_text(json.dumps({"installed": {
        "client_id": "stub-client.apps.googleusercontent.com", "client_secret": "stub-secret",
        "auth_uri": google_stub.url + "auth", "token_uri": google_stub.url + "token",
        "redirect_uris": ["http://localhost"]}}))
    token = tmp_path / "private" / "token.json"
    config = config_for(tmp_path, f'[plugins.thank_you]\ndrafts = "gmail"\n'
                                  f'[google]\nclient_secrets_file = "{secrets}"\ntoken_file = "{token}"\n')
    env = {**os.environ, "NEXTROUND_DATA_DIR": str(tmp_path / "data"),
           "OAUTHLIB_INSECURE_TRANSPORT": "1"}  # the stub's token endpoint is plain http on loopback
    proc = subprocess.Popen([sys.executable, "-m", "nextround", "-c", str(config), "auth", "google", "--no-browser",
                             "--timeout", "60"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        url = ""
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("http"):
                url = line.strip()
                break
        query = parse_qs(urlsplit(url).query)
        assert set(query["scope"][0].split()) == {"https://www.googleapis.com/auth/calendar.events",
                                                  "https://www.googleapis.com/auth/gmail.compose",
                                                  "https://www.googleapis.com/auth/gmail.readonly"}
        redirect = query["redirect_uri"][0]
        callback = f"{redirect}?" + urlencode({"state": query["state"][0], "code": "stub-code",
                                               "scope": query["scope"][0]})
        no_redirects = type("NoRedirects", (urllib.request.HTTPRedirectHandler,),
                            {"redirect_request": lambda *args, **kwargs: None})
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), no_redirects)
        for _ in range(50):  # the local server is up once the URL is printed; allow it a moment
            try:
                opener.open(callback, timeout=10).read()
                break
            except urllib.error.HTTPError:
                break  # it answered (a redirect or an error page): the code was delivered
            except OSError:
                time.sleep(0.1)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill() if proc.poll() is None else None
    assert proc.returncode == 0, err
    assert token.stat().st_mode & 0o777 == 0o600
    saved = json.loads(token.read_text())
    assert saved["refresh_token"].startswith("1//stub-refresh")
    assert not re.search(r"ya29\.|1//", out + err)
