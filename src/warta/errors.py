"""Errors with numbered messages, so a user can search for them (E1xx input, E2xx config, E3xx store)."""

from __future__ import annotations


class WartaError(Exception):
    """Base of every error warta raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        if code:
            self.code = code
        super().__init__(f"{self.code}: {message}")


class InputError(WartaError):
    """An input that cannot be read: names the file or URL."""

    code = "E100"


class ConfigError(WartaError):
    code = "E200"


class StoreError(WartaError):
    code = "E300"
