"""Built-in rejection detection and extraction.

``classify(message)`` returns a Verdict: is this a job-application rejection addressed to the
mailbox owner, how sure, why (the signals that fired), and the extracted fields.
"""

from __future__ import annotations

from nextround.detect.classifier import classify

__all__ = ["classify"]
