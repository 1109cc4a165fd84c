"""Word (.docx) and PDF input: the text zhenfa defines for these files.

`extract_document(data, fmt)` returns that text (every offset in a report
indexes it; `zhenfa text FILE` prints it) and the warnings met on the way. A
file that cannot become text raises `zhenfa.load.LoadError` with a stable code:
`corrupt` (malformed), `too_large` (zip bombs, absurd page counts),
`encrypted` (a PDF that needs a password) or `no_text_layer` (a scanned PDF).
Nothing else escapes: a library failing on a hostile file costs that file
only. The libraries (python-docx, pypdfium2) are imported on first use.
"""

from __future__ import annotations

import os

from ..errors import LoadError
from ..models import SourceFormat, Warning

__all__ = ["extract_document"]


def extract_document(data: bytes, fmt: SourceFormat | str) -> tuple[str, list[Warning]]:
    fmt = SourceFormat(fmt)
    try:
        if fmt is SourceFormat.docx:
            from .docx import extract_docx

            return extract_docx(data)
        if fmt is SourceFormat.pdf:
            from .pdf import extract_pdf

            return extract_pdf(data)
    except LoadError:
        raise
    except ImportError as exc:
        raise LoadError("unsupported", f"reading {fmt.value} files needs a library that is not installed: {exc}") from None
    except MemoryError:
        raise LoadError("too_large", f"out of memory while reading the {fmt.value} file") from None
    except RecursionError:
        raise LoadError("corrupt", f"the {fmt.value} file is nested too deeply") from None
    except Exception as exc:  # a hostile or damaged file must cost that file only
        if os.environ.get("ZHENFA_DEBUG"):
            raise
        raise LoadError("corrupt", f"damaged {fmt.value} file: {type(exc).__name__}: {exc}") from None
    raise LoadError("unsupported", f"no reader for {fmt.value} documents")
