"""Makes nextround's own pytest plugin (nextround.testing, opt-in for plugin authors) active here."""

pytest_plugins = ["nextround.testing"]
