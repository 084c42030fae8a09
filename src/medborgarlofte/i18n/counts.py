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
}
