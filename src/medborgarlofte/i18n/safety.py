"""Messages of the safety rules: published text, files the tool writes, personal data."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "E125": (
        "tecknet {char} får inte stå i en text som publiceras (ett styrtecken, en "
        "riktningsändring eller ett icke-tecken); ta bort det",
        "the character {char} is not allowed in a text that is published (a control "
        "character, a direction override or a noncharacter); remove it",
    ),
    "safe.forbidden_char": (
        "{option}: tecknet {char} får inte stå i en text som publiceras (ett styrtecken, en "
        "riktningsändring eller ett icke-tecken); ta bort det",
        "{option}: the character {char} is not allowed in a text that is published (a "
        "control character, a direction override or a noncharacter); remove it",
    ),
    "safe.link": (
        "{path} är en symbolisk länk; pledge skriver aldrig genom en länk – ta bort länken "
        "eller ange målet",
        "{path} is a symbolic link; pledge never writes through a link – remove the link "
        "or name its target",
    ),
    "safe.not_regular": (
        "{path} är inte en vanlig fil; pledge skriver bara vanliga filer",
        "{path} is not a regular file; pledge writes only regular files",
    ),
    "safe.is_input": (
        "{path} är filen som läses; utdata skulle skriva över den – välj ett annat filnamn",
        "{path} is the file being read; the output would overwrite it – choose another "
        "file name",
    ),
    "safe.identity_blocked": (
        "{file} innehåller något som ser ut som ett personnummer; inget visas förrän det är "
        "borttaget (eller märkt som inget personnummer, se docs/diagnostics.md, E316)",
        "{file} holds what looks like a personal identity number; nothing is shown until "
        "it is removed (or marked as not one, see docs/diagnostics.md, E316)",
    ),
    "safe.no_cwd": (
        "arbetskatalogen finns inte längre (borttagen?); byt katalog och försök igen",
        "the working directory no longer exists (deleted?); change directory and try again",
    ),
    "safe.name_too_long": (
        "{path}: filnamnet är för långt för filsystemet",
        "{path}: the file name is too long for the file system",
    ),
    "safe.skipped": (
        "hoppade över {path}: {reason}",
        "skipped {path}: {reason}",
    ),
    "safe.skip.broken_link": ("en trasig länk", "a broken link"),
    "safe.skip.loop": ("en länk i en slinga", "a link in a loop"),
    "safe.skip.not_regular": ("inte en vanlig fil", "not a regular file"),
    "safe.skip.unreadable": ("kan inte läsas", "cannot be read"),
    "safe.import_quote": (
        "rad {row}: ett citattecken (\") öppnas men stängs aldrig; fältet skulle slå ihop "
        "raderna efter – stäng citatet eller ta bort det",
        "row {row}: a quote (\") is opened but never closed; the field would swallow the "
        "rows after it – close the quote or remove it",
    ),
    "safe.import_field": (
        "rad {row}: ett fält är längre än {max} tecken",
        "row {row}: a field is longer than {max} characters",
    ),
}
