"""Messages of the options every command shares (cli/values.py, cli/choices.py, aliases)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "extend.commit": ("Förläng löftet till {to}", "Extend the pledge to {to}"),
    "report.default_name": ("rapport", "report"),
    "schema.opt.output": (
        "Skriv schemat till filen, t.ex. .vscode/pledge.schema.json (standard: skriv ut det).",
        "Write the schema to this file, e.g. .vscode/pledge.schema.json (default: print it).",
    ),
    "schema.written": ("skrev {path}", "wrote {path}"),
    "schema.not_a_file": ("{path} är ingen vanlig fil; ange en annan",
                          "{path} is not a regular file; name another"),
    "report.named_file_is_link": (
        "{path} är en symbolisk länk; ange filen med -o",
        "{path} is a symbolic link; name the file with -o",
    ),
}
