"""``nextround auth google``: the OAuth installed-app flow; stores the token with mode 0600."""

from __future__ import annotations

from typing import Any

import click


def register(cli: click.Group) -> None:
    """Add the ``auth`` group (if no one else did) and its ``google`` command to ``cli``."""
    auth = cli.commands.get("auth")
    if not isinstance(auth, click.Group):
        @cli.group(name="auth")
        def auth_group() -> None:
            """Sign in to the online accounts nextround can use."""

        auth = auth_group
    auth.add_command(google_command)


@click.command(name="google")
@click.option("--port", type=int, default=0, show_default=True,
              help="Local port for Google's redirect (0: any free port).")
@click.option("--no-browser", is_flag=True, help="Print the URL instead of opening a browser.")
@click.option("--timeout", "timeout_seconds", type=int, default=300, show_default=True,
              help="Seconds to wait for you to finish signing in.")
@click.pass_obj
def google_command(obj: Any, port: int, no_browser: bool, timeout_seconds: int) -> None:
    """Sign in to Google (installed-app OAuth flow) and save the token file (mode 0600).

    Asks only for the scopes your config uses: Calendar events (calendar backend "google" or
    "auto"), Gmail drafts (thank_you drafts = "gmail"), Contacts (contacts backend = "google").
    """
    from nextround.cli import fail, fail_usage
    from nextround.google import client_secrets_path, required_scopes, save_credentials, token_path

    config = obj.config
    secrets = client_secrets_path(config)
    if secrets is None:
        fail_usage("set [google] client_secrets_file to the OAuth client JSON (application type"
                   " \"Desktop app\") downloaded from the Google Cloud console")
    if not secrets.is_file():
        fail_usage(f"[google] client_secrets_file: no such file: {secrets}")
    scopes = required_scopes(config)
    if not scopes:
        fail_usage("nothing in your config uses Google (calendar backend, thank_you drafts = \"gmail\","
                   " contacts backend = \"google\"); no token is needed")
    import os

    from google_auth_oauthlib.flow import InstalledAppFlow

    # Google may grant more scopes than asked (ones granted earlier); oauthlib would call that an error.
    os.environ.setdefault("OAUTHLIB_RELAX_TOKEN_SCOPE", "1")

    try:
        flow = InstalledAppFlow.from_client_secrets_file(str(secrets), scopes=scopes)
    except (ValueError, KeyError, OSError) as exc:
        fail_usage(f"{secrets}: not an OAuth client file for an installed app ({type(exc).__name__})")
    click.echo("Asking for: " + ", ".join(s.rsplit("/", 1)[-1] for s in scopes))
    try:
        creds = flow.run_local_server(
            host="localhost", bind_addr="127.0.0.1", port=port, open_browser=not no_browser,
            authorization_prompt_message="Open this URL in your browser to let nextround in:\n{url}",
            success_message="nextround is signed in. You can close this tab.",
            timeout_seconds=timeout_seconds, prompt="consent")
    except Exception as exc:  # a denied consent, a timeout, a refused code: one line, no secrets
        fail(f"Google sign-in did not complete ({type(exc).__name__}: {_first_line(exc)})")
    if not creds.refresh_token:
        fail("Google returned no refresh token; revoke nextround's access in your Google account and try again")
    path = token_path(config)
    save_credentials(creds, path)
    click.echo(f"Saved the Google token to {path} (mode 0600).")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else "no details"
