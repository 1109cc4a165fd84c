"""zhenfa: Chinese government rule-of-law reports → validated, source-grounded JSON.

    >>> import zhenfa
    >>> report = zhenfa.extract_text(text)          # pure: text in, Report out
    >>> report = zhenfa.extract_file("report.txt")  # bytes → text → Report

The heavy modules are imported on first use, so `import zhenfa` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["LoadError", "Report", "__version__", "extract_bytes", "extract_file", "extract_text", "report_to_dict"]

if TYPE_CHECKING:  # pragma: no cover
    from .export import report_to_dict
    from .extract import extract_bytes, extract_file, extract_text
    from .load import LoadError
    from .models import Report

_LAZY = {
    "extract_text": "extract",
    "extract_file": "extract",
    "extract_bytes": "extract",
    "LoadError": "load",
    "Report": "models",
    "report_to_dict": "export",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'zhenfa' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
