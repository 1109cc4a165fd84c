"""An offline HTML review page: the source text with every extracted span highlighted.

    >>> from zhenfa.view import render_html
    >>> html = render_html(report, text)   # `text` is the decoded text the offsets index

The page is one self-contained file: inline CSS and a small inline script, no
network reference of any kind. A Content-Security-Policy meta tag allows only
that exact style and script (by hash), so nothing else can load or run even if
a browser were to find something in the page.

Every highlight is one element around exactly `text[start:end]`, carrying
`data-kind`, `data-span="start,end"` and `data-id` (for example `stat-3` for
`statistics[2]`), so `element.textContent == text[start:end]`:

- section headings (`heading_span`, every level): `<span class="hl heading">`
- measures, shortcomings, plans: the whole item `span` as `<span class="hl measure">`
  (…`shortcoming`, …`plan`), drawn as a coloured bar down the left of every
  line the item covers; the item's `title_span` is underlined (`hl title`)
- statistics: `<mark class="hl stat">` with value, unit, qualifier, subject in `title`
- warnings with a span: `<mark class="hl warning">`
- the header evidence (title, year, date, place, bureau): `<span class="hl evidence">`

Items nest (a depth-2 measure lies inside its depth-1 measure; a statistic
inside both), and spans that nest are rendered as nested elements. The page is
built in one sweep over the sorted span boundaries. Two spans that cross
(A starts first, B starts inside A and ends after it; e.g. injected text that
cut across a heading) cannot both be single elements in a tree: the later one
is split where the earlier one ends, and every piece carries the same
`data-id` and `data-span` plus `data-part="1"`, `"2"`, … so the pieces'
text joined is still `text[start:end]`.

Text that HTML cannot carry as is: CR is written as `&#13;` (the parser would
turn a raw CRLF into LF and the offsets would drift), NUL and lone surrogates
become U+FFFD (a browser drops or replaces them anyway).
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from . import __version__
from .models import Report, Section

# kind → (label shown in the legend, element, layer). Layer orders elements that
# share a start and an end: a lower layer is the outer element.
KINDS: dict[str, tuple[str, str, int]] = {
    "measure": ("举措 measures", "span", 0),
    "shortcoming": ("不足 shortcomings", "span", 0),
    "plan": ("安排 plans", "span", 0),
    "heading": ("标题 section headings", "span", 1),
    "title": ("条目标题 item titles", "span", 2),
    "evidence": ("表头依据 header evidence", "span", 3),
    "warning": ("警告 warnings", "mark", 4),
    "stat": ("数据 statistics", "mark", 5),
}
_ITEM_KINDS = (("measures", "measure"), ("shortcomings", "shortcoming"), ("plans", "plan"))

_CSS = """
:root{--measure:#2e7d32;--shortcoming:#c62828;--plan:#1565c0;--leadership:#6a1b9a;--other:#546e7a;
--stat:#ffd54f;--warn:#e53935;--ev:#8e24aa;--ink:#1f2328;--muted:#5f6b76;--line:#d0d7de}
*{box-sizing:border-box}
html{scroll-padding-top:12px}
body{margin:0;color:var(--ink);background:#fafafa;font:15px/1.6 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC",
"Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei","Noto Sans",system-ui,sans-serif}
header{padding:14px 22px 10px;background:#fff;border-bottom:1px solid var(--line)}
header h1{font-size:20px;margin:0 0 8px}
header h1 small{font-weight:normal;color:var(--muted);font-size:13px;margin-left:8px}
.meta{display:grid;grid-template-columns:max-content 1fr max-content 1fr;gap:2px 14px;margin:0;font-size:13.5px}
.meta dt{color:var(--muted)}
.meta dd{margin:0;overflow-wrap:anywhere}
.meta a{color:inherit}
.none{color:#9aa4ad}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;margin:10px 0 0;padding:0;list-style:none;font-size:13px}
.legend label{cursor:pointer;user-select:none}
.legend .n{color:var(--muted)}
.notes{margin:8px 0 0;font-size:13px}
.notes summary{cursor:pointer;color:var(--muted)}
.notes ul{margin:2px 0 0;padding-left:18px;columns:2 36em}
.notes li{margin:1px 0;break-inside:avoid}
.notes code{background:#ffebee;padding:0 3px;border-radius:3px}
.layout{display:grid;grid-template-columns:minmax(220px,300px) minmax(0,1fr);align-items:start}
nav{position:sticky;top:0;max-height:100vh;overflow:auto;padding:10px 10px 16px 16px;border-right:1px solid var(--line);
font-size:13px;background:#fff}
nav h2{font-size:13px;margin:10px 0 4px;color:var(--muted)}
nav ul{list-style:none;margin:0;padding-left:12px}
nav>ul{padding-left:0}
nav li{margin:2px 0;line-height:1.4}
nav a{color:var(--ink);text-decoration:none;border-left:3px solid var(--other);padding-left:5px;display:block}
nav a:hover{background:#f0f3f6}
nav a.k-measures{border-color:var(--measure)}nav a.k-shortcomings{border-color:var(--shortcoming)}
nav a.k-plans{border-color:var(--plan)}nav a.k-leadership{border-color:var(--leadership)}
nav a.implicit{font-style:italic}
nav details{margin-top:6px}
nav summary{cursor:pointer;color:var(--muted);font-weight:bold}
#details{white-space:pre-wrap;font-size:12.5px;background:#fffde7;border:1px solid #f0e0a0;border-radius:4px;padding:6px;
margin-top:10px;min-height:3em;overflow-wrap:anywhere}
main{padding:14px 26px 40vh}
.src{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.95;font-size:16px;max-width:52em;background:#fff;
padding:16px 22px;border:1px solid var(--line);border-radius:6px}
.hl{scroll-margin-top:20px}
.hl:target{outline:2px solid #ff6f00;outline-offset:1px}
.hl.measure,.hl.shortcoming,.hl.plan{border-left:3px solid;padding-left:4px;-webkit-box-decoration-break:clone;
box-decoration-break:clone}
.hl.measure{border-color:var(--measure);background:rgba(46,125,50,.045)}
.hl.shortcoming{border-color:var(--shortcoming);background:rgba(198,40,40,.045)}
.hl.plan{border-color:var(--plan);background:rgba(21,101,192,.045)}
.hl[data-badge]::before{content:attr(data-badge);font-size:10px;color:var(--muted);vertical-align:super;margin-right:2px;
font-weight:normal}
.hl.heading{font-weight:bold;background:#e8edf1;border-radius:3px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.hl.heading.k-measures{background:#e3f1e4}.hl.heading.k-shortcomings{background:#fbe4e4}
.hl.heading.k-plans{background:#e1ecf8}.hl.heading.k-leadership{background:#f1e6f5}
.hl.heading.implicit{font-weight:normal;font-style:italic}
.hl.title{text-decoration:underline 2px;text-underline-offset:4px}
.hl.title.of-measure{text-decoration-color:var(--measure)}.hl.title.of-shortcoming{text-decoration-color:var(--shortcoming)}
.hl.title.of-plan{text-decoration-color:var(--plan)}
.hl.evidence{border-bottom:2px dotted var(--ev);background:#f6ecf9}
mark.hl{color:inherit;border-radius:2px}
mark.hl.stat{background:var(--stat);box-shadow:inset 0 -2px #ff8f00;cursor:help}
mark.hl.warning{background:repeating-linear-gradient(135deg,#ffcdd2 0 6px,#ffebee 6px 12px);
text-decoration:underline wavy var(--warn);cursor:help}
mark.hl:empty{padding:0 2px;border-left:2px solid var(--warn)}
.sw{display:inline-block;padding:0 5px;border-radius:3px;line-height:1.5}
.sw-measure{border-left:3px solid var(--measure);background:rgba(46,125,50,.1)}
.sw-shortcoming{border-left:3px solid var(--shortcoming);background:rgba(198,40,40,.1)}
.sw-plan{border-left:3px solid var(--plan);background:rgba(21,101,192,.1)}
.sw-heading{font-weight:bold;background:#e8edf1}
.sw-title{text-decoration:underline 2px}
.sw-evidence{border-bottom:2px dotted var(--ev);background:#f6ecf9}
.sw-stat{background:var(--stat);box-shadow:inset 0 -2px #ff8f00}
.sw-warning{background:repeating-linear-gradient(135deg,#ffcdd2 0 6px,#ffebee 6px 12px);text-decoration:underline wavy var(--warn)}
footer{color:var(--muted);font-size:12px;padding:0 26px 20px}
"""

_CSS_TOGGLES = "".join(
    f"body:has(#show-{k}:not(:checked)) .src .hl.{k}{{background:none;box-shadow:none;border-color:transparent;"
    f"text-decoration:none;font-weight:inherit}}"
    for k in KINDS
)

# Counts the highlights the browser laid out (data-rendered on <body>) and those
# whose text is not as long as their span (data-span-mismatches: 0 unless the
# browser changed the text, e.g. folded CRLF), read by the tests through
# chromium --dump-dom; and shows the fields of the highlights under the pointer
# in the sidebar.
_JS = """(function(){
var src=document.getElementById('src'),b=document.body,all=src.querySelectorAll('.hl'),shown=0,bad=0,ids={};
for(var i=0;i<all.length;i++){var e=all[i];if(e.getClientRects().length>0)shown++;ids[e.getAttribute('data-id')]=1;
if(!e.hasAttribute('data-part')){var s=e.getAttribute('data-span').split(',');
if(Array.from(e.textContent).length!==s[1]-s[0])bad++;}}
b.setAttribute('data-highlights',String(all.length));b.setAttribute('data-rendered',String(shown));
b.setAttribute('data-span-mismatches',String(bad));
b.setAttribute('data-highlight-ids',String(Object.keys(ids).length));
var panel=document.getElementById('details');
src.addEventListener('mouseover',function(ev){
var el=ev.target&&ev.target.closest?ev.target.closest('.hl'):null;if(!el)return;var out=[];
for(var e=el;e&&e!==src;e=e.parentElement){if(e.classList.contains('hl'))out.push(e.getAttribute('title')||e.getAttribute('data-kind'));}
panel.textContent=out.join('\\n\\n');});
})();"""


def _csp_hash(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def _attr(value: Any) -> str:
    s = html.escape(str(value), quote=True)
    return _ATTR_RARE.sub(lambda m: "&#13;" if m.group() == "\r" else "\ufffd", s) if _ATTR_RARE.search(s) else s


# Characters that need more than the three escapes: CR (the HTML parser folds a raw
# CRLF to LF), NUL and lone surrogates (cannot be carried), and the Unicode line
# breaks the extractor counts as line ends but CSS does not break at.
_RARE = re.compile("[\r\x00\x85\u2028\u2029\ud800-\udfff]")
_ATTR_RARE = re.compile("[\r\x00\ud800-\udfff]")
_RARE_SUB = {"\r": "&#13;", "\x00": "\ufffd", "\x85": "\x85<br>", "\u2028": "\u2028<br>", "\u2029": "\u2029<br>"}


def _escape_plain(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_rare(s: str) -> str:
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _RARE.sub(lambda m: _RARE_SUB.get(m.group(), "\ufffd"), s)


@dataclass(slots=True)
class _Hl:
    start: int
    end: int
    layer: int
    seq: int
    tag: str
    cls: str
    ident: str
    attrs: str  # already escaped, with a leading space
    anchor: bool = True  # the first piece carries id=ident
    parts: int = 0
    first_open: int = -1

    def open_tag(self, part: int | None) -> str:
        id_attr = f' id="{self.ident}"' if part in (None, 1) and self.anchor else ""
        part_attr = f' data-part="{part}"' if part is not None else ""
        return f'<{self.tag} class="{self.cls}"{id_attr} data-id="{self.ident}"{part_attr}{self.attrs}>'


@dataclass(slots=True)
class _Collector:
    text_len: int
    hls: list[_Hl] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, kind: str, span: Any, ident: str, extra: Iterable[tuple[str, Any]] = (), classes: str = "",
            title: str | None = None, what: str = "") -> bool:
        try:
            start, end = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError):
            self.dropped.append(f"{what or ident}: span {span!r} is not a pair of offsets")
            return False
        if not 0 <= start <= end <= self.text_len:
            self.dropped.append(f"{what or ident}: span [{start}, {end}) is outside the text ({self.text_len} characters)")
            return False
        _label, tag, layer = KINDS[kind]
        attrs = [f' data-kind="{kind}" data-span="{start},{end}"']
        attrs.extend(f' data-{name}="{_attr(value)}"' for name, value in extra if value is not None and value != "")
        if title:
            attrs.append(f' title="{_attr(title)}"')
        cls = f"hl {kind}" + (f" {classes}" if classes else "")
        self.hls.append(_Hl(start, end, layer, len(self.hls), tag, cls, ident, "".join(attrs)))
        self.counts[kind] = self.counts.get(kind, 0) + 1
        return True


def _weave(text: str, hls: list[_Hl]) -> str:
    """The text with the highlights as properly nested elements, in one sweep over the boundaries."""
    escape = _escape_rare if _RARE.search(text) else _escape_plain
    hls.sort(key=lambda h: (h.start, -h.end, h.layer, h.seq))
    bounds = sorted({h.start for h in hls} | {h.end for h in hls})
    out: list[str] = []
    stack: list[_Hl] = []
    nxt, n, prev = 0, len(hls), 0

    def open_(h: _Hl) -> None:
        h.parts += 1
        if h.parts == 1:
            h.first_open = len(out)
            out.append(h.open_tag(None))
        else:
            if h.parts == 2:  # now we know it is split: mark the first piece as part 1
                out[h.first_open] = h.open_tag(1)
            out.append(h.open_tag(h.parts))

    for pos in bounds:
        if pos > prev:
            out.append(escape(text[prev:pos]))
            prev = pos
        # Close what ends here; elements opened above one that ends are closed
        # with it and reopened (their pieces continue after the boundary).
        low = next((i for i, h in enumerate(stack) if h.end == pos), -1)
        if low >= 0:
            reopen: list[_Hl] = []
            while len(stack) > low:
                h = stack.pop()
                out.append(f"</{h.tag}>")
                if h.end > pos:
                    reopen.append(h)
            for h in reversed(reopen):
                open_(h)
                stack.append(h)
        while nxt < n and hls[nxt].start == pos:
            h = hls[nxt]
            nxt += 1
            open_(h)
            if h.end == pos:  # an empty span: an empty element marks the place
                out.append(f"</{h.tag}>")
            else:
                stack.append(h)
    if prev < len(text):
        out.append(escape(text[prev:]))
    return "".join(out)


def _fmt_number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return str(value)


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if obj is None:
        return default
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _kinds(section: Any) -> list[str]:
    return [str(k.value if hasattr(k, "value") else k) for k in (_get(section, "kinds") or [])]


def _walk(sections: Iterable[Section]) -> Iterable[Section]:
    for s in sections:
        yield s
        yield from _walk(_get(s, "children") or [])


def _collect(report: Report, text: str) -> tuple[_Collector, dict[int, str], list[tuple[str, str, int, str]]]:
    """All highlights; the anchor of each section (by id()); the item lists for the sidebar."""
    col = _Collector(len(text))
    section_ids: dict[int, str] = {}
    for n, s in enumerate(_walk(report.sections or []), 1):
        kinds = _kinds(s)
        ident = f"sec-{n}"
        implicit = bool(_get(s, "implicit"))
        title = "\n".join(x for x in (
            f"标题 heading · level {_get(s, 'level')}" + (" · implicit" if implicit else ""),
            _get(s, "heading") or _get(s, "title") or "",
            f"kinds: {', '.join(kinds)}" if kinds else "",
            f"line {_get(s, 'line')}" if _get(s, "line") else "") if x)
        classes = " ".join([f"k-{k}" for k in kinds[:1]] + (["implicit"] if implicit else []))
        if col.add("heading", _get(s, "heading_span"), ident, [("level", _get(s, "level")), ("kinds", " ".join(kinds))],
                   classes, title, what=f"section {_get(s, 'heading') or n}"):
            section_ids[id(s)] = ident
    items_nav: list[tuple[str, str, int, str]] = []
    for field_name, kind in _ITEM_KINDS:
        for i, item in enumerate(getattr(report, field_name) or []):
            ident = f"{kind}-{i + 1}"
            path = " ".join(_get(item, "path") or [])
            depth = _get(item, "depth")
            year = _get(item, "year")
            title = "\n".join(x for x in (
                f"{KINDS[kind][0]} · {field_name}[{i}] · depth {depth}" + (f" · year {year}" if year else ""),
                f"path: {path}" if path else "",
                _get(item, "title") or "") if x)
            ok = col.add(kind, _get(item, "span"), ident,
                         [("depth", depth), ("path", path), ("year", year), ("badge", f"{field_name}[{i}]")],
                         f"d{depth}" if depth else "", title, what=f"{field_name}[{i}]")
            if ok:
                items_nav.append((kind, ident, int(depth or 1), _get(item, "title") or ""))
            if _get(item, "title_span") is not None:
                col.add("title", _get(item, "title_span"), f"{ident}-title", [("of", ident)], f"of-{kind}",
                        f"{field_name}[{i}].title\n{_get(item, 'title') or ''}", what=f"{field_name}[{i}].title_span")
    for i, st in enumerate(report.statistics or []):
        qualifier = _get(st, "qualifier")
        qualifier = str(qualifier.value if hasattr(qualifier, "value") else qualifier) if qualifier is not None else None
        change = _get(st, "change")
        change = str(change.value if hasattr(change, "value") else change) if change is not None else None
        value = _fmt_number(_get(st, "value"))
        section = " ".join(_get(st, "section") or [])
        lines = [f"数据 statistics[{i}]: {_get(st, 'raw')}", f"value: {value}", f"unit: {_get(st, 'unit')}",
                 f"qualifier: {qualifier or '—'}", f"subject: {_get(st, 'subject') or '—'}"]
        if section:
            lines.append(f"section: {section}")
        if change:
            lines.append(f"change: {change}" + (f" (compared to {_get(st, 'compared_to')})" if _get(st, "compared_to") else ""))
        col.add("stat", _get(st, "span"), f"stat-{i + 1}",
                [("value", value), ("unit", _get(st, "unit")), ("qualifier", qualifier), ("subject", _get(st, "subject")),
                 ("section", section), ("change", change)], "", "\n".join(lines), what=f"statistics[{i}]")
    for i, w in enumerate(report.warnings or []):
        if _get(w, "span") is not None:
            code = _get(w, "code")
            col.add("warning", _get(w, "span"), f"warning-{i + 1}", [("code", code)], f"w-{code}",
                    f"警告 warnings[{i}]: {code}\n{_get(w, 'message')}", what=f"warnings[{i}]")
    ev = report.evidence
    values: dict[str, str | int | None] = {"title": report.title, "doc_type": report.doc_type,
                                           "report_year": report.report_year, "published": report.published}
    for name in ("title", "doc_type", "report_year", "published", "place"):
        span = _get(ev, name)
        if span is not None:
            read = values.get(name)
            if name == "place" and report.bureau is not None:
                read = " ".join(x for x in (_get(report.bureau, "province"), _get(report.bureau, "city"),
                                            _get(report.bureau, "county")) if x)
            col.add("evidence", span, f"ev-{name}", [("field", name)], "",
                    f"表头依据 evidence.{name}" + (f" → {read}" if read is not None else ""), what=f"evidence.{name}")
    if report.bureau is not None and _get(report.bureau, "span") is not None:
        col.add("evidence", _get(report.bureau, "span"), "ev-bureau", [("field", "bureau")], "",
                f"表头依据 bureau.name → {_get(report.bureau, 'name')}", what="bureau.span")
    return col, section_ids, items_nav


def _none(value: Any) -> str:
    return _attr(value) if value not in (None, "") else '<span class="none">—</span>'


def _linked(value: Any, anchor: str | None) -> str:
    if value in (None, ""):
        return _none(value)
    return f'<a href="#{anchor}">{_attr(value)}</a>' if anchor else _attr(value)


def _header(report: Report, col: _Collector) -> str:
    present = {h.ident for h in col.hls}

    def anchor(name: str) -> str | None:
        return name if name in present else None

    b = report.bureau
    src = report.source
    place = " / ".join(x for x in (_get(b, "province"), _get(b, "city"), _get(b, "county")) if x) if b else ""
    level = _get(b, "level")
    level = str(level.value if hasattr(level, "value") else level) if level is not None else None
    fmt = _get(src, "format")
    fmt = str(fmt.value if hasattr(fmt, "value") else fmt) if fmt is not None else None
    sha = _get(src, "sha256")
    rows = [
        ("标题 title", _linked(report.title, anchor("ev-title"))),
        ("类型 doc_type", _linked(report.doc_type, anchor("ev-doc_type"))),
        ("单位 bureau", _linked(_get(b, "name"), anchor("ev-bureau"))),
        ("地区 place", _linked(place or None, anchor("ev-place"))),
        ("层级 level", _none(level)),
        ("区划代码 adcode", _none(_get(b, "adcode"))),
        ("年度 report_year", _linked(report.report_year, anchor("ev-report_year"))),
        ("发布 published", _linked(report.published, anchor("ev-published"))),
        ("来源 source", _none(_get(src, "path"))),
        ("编码 encoding", _none(" · ".join(x for x in (_get(src, "encoding"), fmt,
                                                     f"{_get(src, 'chars')} chars" if _get(src, "chars") is not None else None,
                                                     f"sha256 {sha[:12]}…" if sha else None) if x) or None)),
    ]
    meta = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    legend = []
    all_counts = {
        "heading": sum(1 for _ in _walk(report.sections or [])), "measure": len(report.measures or []),
        "shortcoming": len(report.shortcomings or []), "plan": len(report.plans or []),
        "title": sum(1 for f, _k in _ITEM_KINDS for it in (getattr(report, f) or []) if _get(it, "title_span") is not None),
        "stat": len(report.statistics or []),
        "warning": sum(1 for w in report.warnings or [] if _get(w, "span") is not None),
        "evidence": col.counts.get("evidence", 0),
    }
    for kind, (label, _tag, _layer) in KINDS.items():
        legend.append(f'<li><label><input type="checkbox" id="show-{kind}" checked> <span class="sw sw-{kind}">{label}</span>'
                      f' <span class="n">{all_counts[kind]}</span></label></li>')
    notes = []
    for i, w in enumerate(report.warnings or []):
        where = ""
        if _get(w, "span") is not None:
            s = _get(w, "span")
            where = (f' <a href="#warning-{i + 1}">[{_attr(s[0])}, {_attr(s[1])})</a>' if f"warning-{i + 1}" in present
                     else f" [{_attr(s[0])}, {_attr(s[1])})")
        notes.append(f"<li><code>{_attr(_get(w, 'code'))}</code> {_attr(_get(w, 'message'))}{where}</li>")
    for problem in col.dropped:
        notes.append(f"<li><code>not shown</code> {_attr(problem)}</li>")
    title = report.title or _get(src, "path") or "(无标题 no title)"
    return (f'<header><h1>{_attr(title)}<small>zhenfa view · schema {_attr(report.schema_version)}</small></h1>'
            f'<dl class="meta">{meta}</dl>'
            f'<ul class="legend" aria-label="legend">{"".join(legend)}</ul>'
            + (f'<details class="notes"{" open" if len(notes) <= 12 else ""}><summary>警告 warnings ({len(notes)})</summary>'
               f'<ul aria-label="warnings">{"".join(notes)}</ul></details>' if notes else "")
            + "</header>")


def _outline_html(sections: Iterable[Section], ids: dict[int, str]) -> str:
    out = []
    for s in sections:
        kinds = _kinds(s)
        cls = " ".join([f"k-{k}" for k in kinds[:1]] + (["implicit"] if _get(s, "implicit") else []))
        label = _attr(_get(s, "heading") or _get(s, "title") or "")
        ident = ids.get(id(s))
        link = f'<a class="{cls}" href="#{ident}">{label}</a>' if ident else f'<a class="{cls}">{label}</a>'
        children = _get(s, "children") or []
        out.append(f"<li>{link}{_outline_html(children, ids) if children else ''}</li>")
    return f"<ul>{''.join(out)}</ul>" if out else ""


def _nav(report: Report, section_ids: dict[int, str], items_nav: list[tuple[str, str, int, str]]) -> str:
    parts = ['<nav aria-label="outline"><h2>目录 outline</h2>']
    outline = _outline_html(report.sections or [], section_ids)
    parts.append(outline or '<p class="none">no sections found</p>')
    for _field, kind in _ITEM_KINDS:
        entries = [(ident, depth, title) for k, ident, depth, title in items_nav if k == kind]
        if entries:
            links = "".join(f'<li class="d{depth}"><a class="k-{kind}s" href="#{ident}">'
                            f"{'· ' * (depth - 1)}{_attr(title) or ident}</a></li>" for ident, depth, title in entries)
            parts.append(f"<details><summary>{KINDS[kind][0]} ({len(entries)})</summary><ul>{links}</ul></details>")
    parts.append('<h2>详情 details</h2><div id="details">将鼠标移到高亮处查看字段。Hover a highlight to see its fields.</div>')
    parts.append("</nav>")
    return "".join(parts)


def render_html(report: Report, text: str) -> str:
    """One self-contained, offline HTML page: `text` with every span of `report` highlighted.

    `text` must be the decoded text the report's offsets index (`Loaded.text`, or
    the string given to `extract_text`). Spans outside the text are listed at the
    top instead of drawn.
    """
    col, section_ids, items_nav = _collect(report, text)
    header = _header(report, col)  # before _weave sorts col.hls (header reads only the idents)
    body = _weave(text, col.hls)
    css = _CSS + _CSS_TOGGLES
    csp = (f"default-src 'none'; style-src '{_csp_hash(css)}'; script-src '{_csp_hash(_JS)}'; "
           "img-src 'none'; base-uri 'none'; form-action 'none'")
    page_title = report.title or _get(report.source, "path") or "zhenfa view"
    return "".join([
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n',
        f'<meta http-equiv="Content-Security-Policy" content="{_attr(csp)}">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f'<meta name="generator" content="zhenfa {_attr(__version__)}">\n',
        f"<title>{_attr(page_title)} · zhenfa view</title>\n",
        f"<style>{css}</style>\n</head>\n<body>\n",
        header, '\n<div class="layout">\n', _nav(report, section_ids, items_nav),
        '\n<main>\n<div class="src" id="src" lang="zh-CN">', body, "</div>\n</main>\n</div>\n",
        f'<footer>zhenfa {_attr(__version__)} · offsets are code points into the decoded text '
        f'({len(text)} characters) · each highlight carries data-span="start,end"</footer>\n',
        f"<script>{_JS}</script>\n</body>\n</html>\n",
    ])
