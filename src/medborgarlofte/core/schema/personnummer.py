"""Personal identity numbers: the rules live in `medborgarlofte.text.personnummer` (every
layer needs them, the message catalogue too); this name stays for the core's callers."""

from __future__ import annotations

from medborgarlofte.text.personnummer import (
    exempt_numbers,
    find_identity_numbers,
    is_identity_number,
    mask,
    mask_identity_numbers,
)

__all__ = ["exempt_numbers", "find_identity_numbers", "is_identity_number", "mask",
           "mask_identity_numbers"]
