"""One call to an OpenAI-compatible chat completions endpoint (OpenAI, Ollama, llama.cpp, vLLM...)."""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx

from nextround.plugins.llm_review.prompt import SYSTEM, Answer, BadAnswer, read_answer


class ReviewError(Exception):
    """The endpoint could not give an answer; the message never contains the API key."""


def ask(base_url: str, model: str, api_key: str | None, email_text: str, timeout: float,
        transport: httpx.BaseTransport | None = None) -> Answer:
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    payload = {
        "model": model,
        "temperature": 0,
        "response_format": {"type": "json_object"},
        "messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": email_text}],
    }
    url = base_url.rstrip("/") + "/chat/completions"
    parts = urlsplit(url)
    shown = parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()  # never a user:password in a message
    try:
        with httpx.Client(timeout=timeout, transport=transport, follow_redirects=False, trust_env=False) as client:
            response = client.post(url, json=payload, headers=headers)
    except httpx.TimeoutException:
        raise ReviewError(f"{shown}: no answer within {timeout:g} s") from None
    except httpx.HTTPError as exc:
        raise ReviewError(f"{shown}: {type(exc).__name__}") from None
    if response.status_code != 200:
        raise ReviewError(f"{shown}: HTTP {response.status_code}")
    try:
        content = response.json()["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        raise ReviewError(f"{shown}: not a chat completions response") from None
    try:
        return read_answer(content)
    except BadAnswer as exc:
        raise ReviewError(f"{shown}: {exc}") from None
