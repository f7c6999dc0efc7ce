"""Shipped defaults (installed as `nextround.defaults`): default.toml, templates, service files."""
