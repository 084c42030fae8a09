"""Answers without the start-up: `status`, `validate`, `events` and `report` of unchanged files.

A run of one of those commands on valid files stores what it printed under a key made of
everything the output depends on (`fast.memo`); the console entry (`cli.console`) reads the
command line with the grammar generated from the Typer commands (`fast.grammar`), and when
the same key is stored prints that and exits, before Typer, pydantic or yaml are imported.
Standard library only, apart from `io.cache` and `io.paths`.
"""
