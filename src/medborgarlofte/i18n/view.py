"""Messages of the meeting views: `pledge status --short`, `pledge targets`,
`pledge changes` and `pledge outcome`."""

MESSAGES: dict[str, tuple[str, str]] = {
    "view.opt.short": (
        "En rad per löfte: id och texten avkortad (annars radbryts texten under id:t).",
        "One line per commitment: id and its text cut short (else the text wraps below the id).",
    ),
}
