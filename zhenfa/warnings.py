"""Warning codes: one table, documented once, used everywhere."""

from __future__ import annotations

from .models import Warning, build

WARNING_CODES: dict[str, str] = {
    "injected_text": "spam or injected text inside the document (gambling, lottery, adult advertising), masked before parsing",
    "malformed_date": "a date that lost characters (2019129日, 202025); no value was read from it",
    "template_placeholder": "a template blank (20__年, ____, **) where a value belongs",
    "no_sections": "no numbered outline was found",
    "not_a_report": "the text does not look like a report of this genre (no report title, no statutory sections, no bureau)",
    "truncated": "the text appears to be cut off",
    "partial_text_layer": "some PDF pages have no text layer (scanned pages); their text is missing",
    "decode_replaced": "bytes that could not be decoded were replaced with U+FFFD",
    "charset_mismatch": "the HTML page declares a Western charset (iso-8859-1) but its bytes are Chinese text in another encoding, which was used",
    "mixed_encoding": "a few characters of a UTF-8 text were in GBK (a footer from an older page) and were read as GBK",
    "unreadable_glyphs": "PDF text in a font that is neither embedded nor installed could not be read; characters are missing",
    "ambiguous_place": "the place name fits several divisions and the text does not say which",
    "unknown_place": "the bureau's place is not in the gazetteer",
    "no_title": "no title line was found",
    "no_bureau": "no issuing body was found",
    "no_year": "the year the report covers could not be determined",
    "year_conflict": "the title and the body name different report years",
    "year_from_date": "no year in the text; the report year was inferred from the publication date",
    "year_from_plans": "no year of the report's own in the text; it was inferred from the year its plans heading names",
}


def warn(code: str, message: str | None = None, span: tuple[int, int] | None = None) -> Warning:
    if code not in WARNING_CODES:  # a programming error, caught by the tests
        raise ValueError(f"unknown warning code {code!r}")
    return build(Warning, code=code, message=message or WARNING_CODES[code], span=span)
