"""The errors the library raises for its callers to catch (below every stage, so that the
loader and the format readers it calls share them without importing each other)."""

from __future__ import annotations


class LoadError(Exception):
    """A file that cannot become text; `code` is stable and machine-readable."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(code, message)  # both in args, so the error pickles (process pools, Spark)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return self.message


__all__ = ["LoadError"]
