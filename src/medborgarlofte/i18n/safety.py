"""Messages of the safety rules: published text, files the tool writes, personal data."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.file_name": ("{name}", "{name}"),  # a name, made safe as every parameter is
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
    "safe.identity_in_item": (
        "numret står i posten {ref}: ta bort det med pledge edit {ref} --note … (eller "
        "--place …), eller hela posten med pledge remove {ref}",
        "the number is in item {ref}: take it out with pledge edit {ref} --note … (or "
        "--place …), or remove the whole item with pledge remove {ref}",
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
    "safe.skipped": (
        "hoppade över {path}: {reason}",
        "skipped {path}: {reason}",
    ),
    "safe.skip.broken_link": ("en trasig länk", "a broken link"),
    "safe.skip.loop": ("en länk i en slinga", "a link in a loop"),
    "safe.skip.not_regular": ("inte en vanlig fil", "not a regular file"),
    "safe.skip.unreadable": ("kan inte läsas", "cannot be read"),
    "safe.import_quote": (
        "ett citattecken (\") öppnas men stängs inte där det ska; fältet skulle slå ihop "
        "raderna efter – stäng citatet eller ta bort det",
        "a quote (\") is opened but not closed where it should be; the field would swallow "
        "the rows after it – close the quote or remove it",
    ),
    "safe.import_field": (
        "ett fält är längre än {max} tecken (ett citattecken som aldrig stängs?)",
        "a field is longer than {max} characters (a quote that is never closed?)",
    ),
    # --- libyaml's other problems and contexts (io.yamlread maps its English to these)
    "yaml.tab": (
        "ett tabbtecken där YAML väntar sig mellanslag; dra in med mellanslag",
        "a tab character where YAML expects spaces; indent with spaces",
    ),
    "yaml.bad_escape_code": (
        "en ogiltig \\x-, \\u- eller \\U-kod inom dubbla citattecken; använd enkla "
        "citattecken",
        "an invalid \\x, \\u or \\U code inside double quotes; use single quotes",
    ),
    "yaml.document_marker": (
        "'---' eller '...' mitt i en text inom citattecken; stäng citatet före",
        "'---' or '...' inside a quoted text; close the quote before it",
    ),
    "yaml.directive": (
        "ett felaktigt %-direktiv; ta bort raden som börjar med %",
        "a malformed %-directive; remove the line that starts with %",
    ),
    "yaml.tag_or_anchor": (
        "ett felaktigt !-märke, &-ankare eller *-alias; sätt värdet inom citattecken",
        "a malformed !tag, &anchor or *alias; put the value in quotes",
    ),
    "yaml.block_indicator": (
        "ett felaktigt | eller > (indragsangivelsen 0 eller text efter tecknet)",
        "a malformed | or > (indentation indicator 0, or text after it)",
    ),
    "yaml.mapping_keys": (
        "en nyckel ('? ') där ingen får stå; rätta indraget",
        "a key ('? ') where none is allowed; fix the indentation",
    ),
    "yaml.ctx.quoted": (
        "fel i en text inom citattecken; kontrollera att citatet stängs",
        "an error in a quoted text; check that the quote is closed",
    ),
    "yaml.ctx.plain": (
        "fel i ett värde utan citattecken; sätt värdet inom citattecken",
        "an error in an unquoted value; put the value in quotes",
    ),
    "yaml.ctx.block_scalar": (
        "fel i en flerradstext (| eller >); kontrollera indraget",
        "an error in a multi-line text (| or >); check the indentation",
    ),
    "yaml.ctx.flow": (
        "fel i en lista [ ] eller en mappning { }; kontrollera komman och parenteser",
        "an error in a list [ ] or a mapping { }; check the commas and brackets",
    ),
    "yaml.ctx.block": (
        "fel i indraget; kontrollera att raderna på samma nivå står lika långt in",
        "an indentation error; check that lines of one level start in the same column",
    ),
    "yaml.syntax": (
        "filen kan inte läsas som YAML här",
        "the file cannot be read as YAML here",
    ),
}
