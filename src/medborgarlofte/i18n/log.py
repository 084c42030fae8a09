"""Messages of the `log` area (see the package docstring for the format)."""

MESSAGES: dict[str, tuple[str, str]] = {}
