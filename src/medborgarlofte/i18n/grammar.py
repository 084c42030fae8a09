"""Messages of the options every command shares (cli/values.py, cli/choices.py, aliases)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "extend.commit": ("Förläng löftet till {to}", "Extend the pledge to {to}"),
    "report.default_name": ("rapport", "report"),
    "report.named_file_is_link": (
        "{path} är en symbolisk länk; ange filen med -o",
        "{path} is a symbolic link; name the file with -o",
    ),
}
