"""HTML → text. Offsets of an HTML input are defined on the text made here.

Tags, scripts, styles and hidden elements (display:none, the hidden
attribute: where injected spam usually hides) are dropped, except an article body
that the page's script reveals (REVEALED_BY_SCRIPT); block elements and
<br> become line breaks; runs of whitespace inside text collapse to one space
as a browser shows them, except inside <pre>. A table row of short cells is one
line, its cells separated by a tab (as the DOCX reader writes them), so a figure
stays beside its row's name and under its column's unit; a row with long cells
(a table used to lay out the page) gives its cells' lines. Entities are decoded. The article
metadata in <head> (HEAD_METADATA: ArticleTitle, PubDate, ContentSource) opens
the text as labelled lines (PubDate：…), so values read from it have offsets too.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

BLOCK_TAGS = frozenset(
    ["address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "option"]
)
SKIP_TAGS = frozenset(["script", "style", "noscript", "template", "head", "iframe", "object", "svg", "canvas", "select", "button"])
VOID_TAGS = frozenset(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"])
# Elements whose end tag may be omitted, and the start or end tags that end them (HTML § 13.1.2.4).
_P_CLOSERS = frozenset(["address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section", "table", "ul"])
IMPLIED_BY_START: dict[str, frozenset[str]] = {
    "p": _P_CLOSERS, "li": frozenset({"li"}), "dt": frozenset({"dt", "dd"}), "dd": frozenset({"dt", "dd"}),
    "tr": frozenset({"tr"}), "td": frozenset({"td", "th", "tr"}), "th": frozenset({"td", "th", "tr"}),
    "option": frozenset({"option", "optgroup"}),
}
IMPLIED_BY_END: dict[str, frozenset[str]] = {
    "p": frozenset({"div", "body", "td", "th", "li", "section", "article", "blockquote"}),
    "li": frozenset({"ul", "ol", "menu"}), "dt": frozenset({"dl"}), "dd": frozenset({"dl"}),
    "tr": frozenset({"table", "tbody", "thead", "tfoot"}), "td": frozenset({"tr", "table", "tbody"}),
    "th": frozenset({"tr", "table", "thead"}), "option": frozenset({"select", "datalist"}),
}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Article bodies that a page's script reveals: hidden in the markup, shown in a browser
# (a WeChat article's js_content / rich_media_content as a scraper fetches it).
REVEALED_BY_SCRIPT: tuple[tuple[str, str], ...] = (("id", "js_content"), ("class", "rich_media_content"))


def _revealed_by_script(attr: dict[str, str | None]) -> bool:
    return any(value in (attr.get(name) or "").split() for name, value in REVEALED_BY_SCRIPT)
_WS = re.compile(r"[ \t\r\n\f]+")


# The article metadata government CMSs (TRS, Hanweb) put in <head>, as the labelled lines the
# extracted text starts with: a page whose visible date a script writes still has its date.
HEAD_METADATA: tuple[tuple[str, str], ...] = (
    # the date keeps its English name: a date the page shows is preferred to it (header.PUBLISHED_LABELS)
    ("articletitle", "标题"), ("pubdate", "PubDate"), ("publishdate", "PubDate"), ("contentsource", "来源"),
)


CELL_TAGS = frozenset({"td", "th"})
SHORT_CELL = 100  # characters: a row whose filled cells are all at most this long is one line of data


@dataclass(slots=True)
class _Table:
    rows: list[list[list[str]]] = field(default_factory=list)  # row → cell → text parts
    cell_open: bool = False

    def render(self) -> str:
        lines: list[str] = []
        for row in self.rows:
            cells = [[ln.strip() for ln in "".join(parts).split("\n")] for parts in row]
            cells = [[ln for ln in cell if ln] for cell in cells]
            filled = [cell for cell in cells if cell]
            if len(filled) >= 2 and all(len(" ".join(cell)) <= SHORT_CELL for cell in filled):
                lines.append("\t".join(" ".join(cell) for cell in cells).rstrip("\t"))
            else:
                lines.extend(ln for cell in filled for ln in cell)
        return "\n".join(lines)


# Word's "Save as Web Page" lists: after the number (一、) a run of no-break spaces stands for
# the tab to the text. It is read as one space, or none before a Chinese character.
_LIST_SPACER = re.compile(r"^((?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、]))[\u00a0 ]{2,}(?=(.))")
class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.metadata: dict[str, str] = {}  # label → value, from <meta name=… content=…>
        self.parts: list[str] = []  # where text goes now: the document's, or an open table cell's
        self.outputs: list[list[str]] = [self.parts]
        self.tables: list[_Table] = []
        self.skip_stack: list[str] = []  # tags whose content is dropped
        self.pre_depth = 0

    # -- tables: rows of cells, rendered when the table ends --

    def _close_cell(self) -> None:
        if self.tables and self.tables[-1].cell_open:
            self.tables[-1].cell_open = False
            self.outputs.pop()
            self.parts = self.outputs[-1]

    def _table_tag(self, tag: str) -> None:
        if tag == "table":
            self.tables.append(_Table())
            return
        if not self.tables:
            return
        table = self.tables[-1]
        if tag == "tr":
            self._close_cell()
            table.rows.append([])
        elif tag in CELL_TAGS:
            self._close_cell()
            if not table.rows:
                table.rows.append([])
            cell: list[str] = []
            table.rows[-1].append(cell)
            table.cell_open = True
            self.outputs.append(cell)
            self.parts = cell

    def _end_table(self) -> None:
        self._close_cell()
        table = self.tables.pop()
        self._break()
        self.parts.append(table.render())
        self._break()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(attrs)
        if self.skip_stack and self._implicitly_closed(tag, IMPLIED_BY_START):
            self.skip_stack.clear()  # <p hidden>spam<div>…: the hidden <p> ended where the <div> began
        if self.skip_stack:
            if tag == "body" and self.skip_stack[0] == "head":  # a <head> that was never closed
                self.skip_stack.clear()
            elif tag == self.skip_stack[-1] and tag not in VOID_TAGS:
                self.skip_stack.append(tag)
                return
            else:
                return
        attr = dict(attrs)
        hidden = ("hidden" in attr or _HIDDEN_STYLE.search(attr.get("style") or "") is not None
                  ) and not _revealed_by_script(attr)
        if tag in SKIP_TAGS or (hidden and tag not in VOID_TAGS):
            self.skip_stack.append(tag)
            return
        if tag == "br":
            self.parts.append("\n")
        elif tag in BLOCK_TAGS:
            self._break()
        if tag == "table" or tag == "tr" or tag in CELL_TAGS:
            self._table_tag(tag)
        if tag == "pre":
            self.pre_depth += 1

    def _meta(self, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        name = (attr.get("name") or "").strip().lower()
        value = _WS.sub(" ", attr.get("content") or "").strip()
        for key, label in HEAD_METADATA:
            if name == key and value and label not in self.metadata and len(value) <= 200:
                self.metadata[label] = value

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(attrs)
        if not self.skip_stack and tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skip_stack and tag != self.skip_stack[-1] and self._implicitly_closed(tag, IMPLIED_BY_END):
            self.skip_stack.clear()  # <li hidden>…</ul>: the parent closed the hidden element
            return
        if self.skip_stack:
            if tag == self.skip_stack[-1]:
                self.skip_stack.pop()
            return
        if tag in CELL_TAGS or tag == "tr":
            self._close_cell()
        elif tag == "table" and self.tables:
            self._end_table()
        if tag in BLOCK_TAGS:
            self._break()
        if tag == "pre" and self.pre_depth:
            self.pre_depth -= 1

    def handle_data(self, data: str) -> None:
        if self.skip_stack:
            return
        if not self.pre_depth:
            data = _WS.sub(" ", data)
        self.parts.append(data)

    def _implicitly_closed(self, tag: str, table: dict[str, frozenset[str]]) -> bool:
        """Whether `tag` ends a hidden element whose end tag HTML lets authors leave out."""
        return len(self.skip_stack) == 1 and tag in table.get(self.skip_stack[0], frozenset())

    def _break(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")


# A WeChat article's date, which its script writes into the page: publish_time = "2023-02-10",
# else the creation time var ct = "1676012400" (seconds, read in China's time zone).
_WECHAT_DATE = re.compile(r'publish_time\s*=\s*"((?:19|20)\d\d-\d\d-\d\d)"')
_WECHAT_CT = re.compile(r'var\s+ct\s*=\s*"(\d{9,10})"')
CHINA_UTC_OFFSET = 8 * 3600
WECHAT_FIRST_YEAR = 2013  # an earlier "creation time" is some other number (an article's ID)
_WECHAT_BODY = re.compile(r"""id=["']?js_content\b""")


def wechat_date(markup: str) -> str | None:
    """The date a WeChat article's script carries (YYYY-MM-DD), or None for other pages."""
    if _WECHAT_BODY.search(markup) is None or "rich_media_title" not in markup:
        return None
    m = _WECHAT_DATE.search(markup)
    if m:
        return m.group(1)
    ct = _WECHAT_CT.search(markup)
    if ct:
        moment = datetime.datetime.fromtimestamp(int(ct.group(1)) + CHINA_UTC_OFFSET, tz=datetime.UTC)
        return moment.strftime("%Y-%m-%d") if moment.year >= WECHAT_FIRST_YEAR else None
    return None


def _one_space(m: re.Match[str]) -> str:
    return m.group(1) if "\u4e00" <= m.group(2) <= "\u9fff" else m.group(1) + " "


def html_to_text(markup: str) -> str:
    parser = _TextCollector()
    parser.feed(markup)
    date = wechat_date(markup)
    if date and "PubDate" not in parser.metadata:
        parser.metadata["PubDate"] = date
    parser.close()
    while parser.tables:  # a table the page never closed
        parser._end_table()
    preamble = "".join(f"{label}：{value}\n" for label, value in parser.metadata.items())
    text = (preamble + "\n" if preamble else "") + "".join(parser.parts)
    # Trim the spaces that block boundaries leave at line edges; keep blank lines single.
    lines = [_LIST_SPACER.sub(_one_space, line.strip(" ")) for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n") + "\n"
