"""The singular forms of counted messages (`i18n.numbers.count_key`): '1 aktivitet
importerad', '1 fel', '1 error'. The plural forms stay under their keys in their areas."""

MESSAGES: dict[str, tuple[str, str]] = {
    "log.import.written.one": (
        "{file}: {count} aktivitet importerad från {source} (från rad {line})",
        "{file}: {count} activity imported from {source} (from line {line})",
    ),
    "log.import.failed.one": (
        "{file}: inget importerades – {count} fel:",
        "{file}: nothing imported – {count} error:",
    ),
    "log.commit.import.one": (
        "Importera {count} aktivitet från {source}",
        "Import {count} activity from {source}",
    ),
    "merge.merged.one": ("{file}: sammanfogat; {count} post från den andra sidan",
                         "{file}: merged; {count} item from the other side"),
    "merge.resolve.done.one": (
        "{file}: konflikten löst; {count} post från båda sidor finns kvar. Kör git add {file} "
        "och avsluta (git commit eller git rebase --continue).",
        "{file}: conflict resolved; {count} item from both sides is kept. Run git add {file} "
        "and finish (git commit or git rebase --continue).",
    ),
    "view.changes.unchanged.one": ("Oförändrad status: {count} löfte",
                                   "Status unchanged: {count} commitment"),
}
