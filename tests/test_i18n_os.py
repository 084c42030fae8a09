"""The system's refusals (permission, full disk, ...) are said in the user's language."""

from __future__ import annotations

import errno

from medborgarlofte.i18n import os_reason, os_reason_key, t


def test_known_errors_are_translated() -> None:
    error = PermissionError(errno.EACCES, "Permission denied", "pledge.yaml")
    assert (os_reason(error, "sv"), os_reason(error, "en")) == ("åtkomst nekad",
                                                                 "permission denied")
    assert os_reason(OSError(errno.ENOSPC, "No space left on device"), "sv") == "disken är full"


def test_unknown_errors_keep_the_systems_words() -> None:
    error = OSError(errno.ECONNRESET, "Connection reset by peer")
    assert os_reason(error, "sv") == "Connection reset by peer"
    assert os_reason_key(error) == "Connection reset by peer"


def test_a_problem_carries_the_key_and_is_translated_when_shown() -> None:
    key = os_reason_key(PermissionError(errno.EACCES, "Permission denied"))
    assert key == "os.EACCES"
    assert t("E003", "sv", path="pledge.yaml", detail=key) == (
        "kan inte läsa pledge.yaml: åtkomst nekad")
