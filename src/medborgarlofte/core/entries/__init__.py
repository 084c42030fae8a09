"""Entries: what a person types (`log`, `measure`) or imports (CSV) turned into records."""
