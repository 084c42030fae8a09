"""Messages of the options every command shares (cli/values.py, cli/choices.py, aliases)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "extend.commit": ("Förläng löftet till {to}", "Extend the pledge to {to}"),
}
