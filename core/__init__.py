"""nextround: turns job-application rejection emails into the next round."""

__version__ = "0.1.0"

from nextround.hookspecs import hookimpl  # noqa: E402  (plugins write @nextround.hookimpl)

__all__ = ["hookimpl", "__version__"]
