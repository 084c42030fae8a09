"""Messages of the `status` area (see the package docstring for the format)."""

MESSAGES: dict[str, tuple[str, str]] = {}
