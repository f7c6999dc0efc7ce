"""Built-in plugins. Each is registered through the `nextround` entry-point group, like any other."""
