"""calendar: not built yet (see the open issue)."""

__version__ = "0.0.0"
