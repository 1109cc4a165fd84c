"""Noise that is masked (never deleted) before parsing: conversion artifacts,
control characters, and injected text such as casino advertising.

Each rule returns spans; `find_noise` collects them. Masking keeps offsets,
so spans found later still point into the original text. Page chrome
(breadcrumbs, footers) is a matter of whole lines and lives in layout.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from .models import Warning
from .text import merge_spans, word_trie
from .warnings import warn


@dataclass(frozen=True, slots=True)
class Noise:
    start: int
    end: int
    kind: str  # "artifact" | "control" | "injected" | "gloss" (pinyin a mirror inserted: 區(qū))


# Conversion artifacts, as (name, strings one of which every match contains, pattern). A text
# with none of them is not scanned. Patterns are linear: bounded repetitions
# over character classes that cannot overlap their delimiters.
ARTIFACT_PATTERNS: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = (
    ("word_bookmark", ("[",), re.compile(r"\[bookmark:[^\]\r\n]{0,300}\]", re.I)),
    ("placeholder", ("[",), re.compile(r"\[(?:image|img|pic|picture|figure|table|footnote|comment|attachment|图片|图|附件|表格)(?::[^\]\r\n]{0,300})?\]", re.I)),
    ("html_tag", ("<",), re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>\r\n]{0,300})?/?>")),
    # Markdown left by a conversion: '## 一、…' and '**一、主要举措**' (not 20**年, a template blank).
    ("markdown_heading", ("#",), re.compile(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+")),
    # (Each begins with its literal, the look-behind one match wider: the engine then finds
    # candidates with a fast substring search instead of trying every position.)
    ("markdown_emphasis", ("*",), re.compile(r"\*\*(?<![\d*]\*\*)(?![\d*])")),
    ("markdown_emphasis", ("_",), re.compile(r"__(?<![\d_]__)(?![\d_])")),
    # Pinyin a mirror site added after characters: 區(qū)
    ("pinyin_gloss", ("(",), re.compile(r"\([a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,6}\)")),
    # A site's notice that it shows part of the text: 仅展示628字,全文共2002字
    ("partial_notice", ("仅展示", "仅显示", "已显示", "全文共"), re.compile(r"仅(?:展示|显示)\d+字[,，]?(?:全文共\d+字)?|已显示\d+字[,，]?(?:全文共\d+字)?|全文共\d+字")),
    ("html_entity", ("&",), re.compile(r"&(?:nbsp|ensp|emsp|thinsp|amp|lt|gt|quot|apos|middot|ldquo|rdquo|hellip|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});")),
)
# Control and invisible format characters (NUL, bidi overrides, soft hyphens), but not line breaks or tabs.
CONTROL = regex.compile(r"[[\p{Cc}\p{Cf}]--[\t\n\r\x85]]+", flags=regex.V1)
# Every character CONTROL matches, and a few more: a quick `re` scan finds where control
# characters may be (most texts have none). A test checks it covers CONTROL.
CONTROL_HINT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f"
                          "\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
                          "\ufff9-\ufffb\U00010000-\U0010ffff]")

# --- injected text ---------------------------------------------------------
# Advertising injected into government pages is brand-like: a run of spam
# morphemes glued by '_', '|', digits or ASCII, often replacing a function word
# (《金沙城…官网:印发…》 where 关于 belonged). A run is injected when it holds
# a STRONG morpheme, or a TOPIC morpheme together with another spam morpheme.
# Single topic words (赌博, 色情, 彩票) are ordinary vocabulary in law-enforcement
# reports and are never flagged alone.
# Brand names of gambling sites: never the words of a government report.
STRONG_TERMS = (
    "金沙城", "澳门金沙", "新葡京", "葡京", "威尼斯人", "北京赛车", "幸运飞艇", "真人视讯", "娱乐城", "皇冠体育", "亚博体育",
    "开元棋牌", "银河娱乐", "永利娱乐", "太阳城娱乐", "必威体育", "bet365", "365bet", "betway",
)
# Words of the trade: also the vocabulary of law enforcement (查处利用老虎机赌博案件, 打击网络赌博平台,
# 严厉打击代开发票、办假证, 防范裸聊敲诈), so they count only with another spam word beside them.
TOPIC_TERMS = (
    "赌场", "赌博", "博彩", "彩票", "投注", "下注", "彩金", "棋牌", "捕鱼", "电子游艺", "荷官", "赌球", "足彩", "色情",
    "成人", "澳门", "金沙", "永利", "太阳城", "银河", "皇冠", "威尼斯", "百家乐", "时时彩", "六合彩", "老虎机",
    "网上赌场", "线上赌场", "澳门赌场", "澳门博彩", "裸聊", "约炮", "一夜情", "成人视频", "黄色网站", "代开发票",
    "办假证", "刷单返利",
)
WEB_TERMS = (
    "官网", "官方网站", "网址", "平台", "注册", "登录", "登陆", "入口", "下载", "app", "APP", "开户", "首存", "返水",
    "中心", "在线", "线上", "娱乐", "真人", "电子", "游戏", "首页", "官方",
)
# Words just before a run that show ordinary law-enforcement use (打击网络赌博平台).
_LEGIT_AFTER = re.compile(r"所|违法|犯罪|案件|行为|活动|问题|等")  # 娱乐场所, 赌博平台违法…, …案件
LEGIT_CONTEXT = re.compile(r"(?:打击|整治|取缔|非法|禁止|严禁|查处|涉嫌|涉|防范|远离|拒绝|抵制|治理|宣传|预防|举报)[\u4e00-\u9fff]{0,3}$")

_ALL_TERMS = sorted(set(STRONG_TERMS + TOPIC_TERMS + WEB_TERMS), key=len, reverse=True)
_TERM = "(?:" + "|".join(map(re.escape, _ALL_TERMS)) + ")"
_GLUE = r"(?:[_|｜\-—·.]|\d{1,8}|[A-Za-z]{1,12})"
# Atomic groups and possessive quantifiers (Python ≥ 3.11) keep this linear.
SPAM_RUN = re.compile(rf"{_TERM}(?>(?:{_GLUE})*+{_TERM})*+(?:\d{{1,8}})?[:：]?", re.I)
_STRONG = re.compile("|".join(map(re.escape, sorted(STRONG_TERMS, key=len, reverse=True))), re.I)
_TOPIC = re.compile("|".join(map(re.escape, sorted(TOPIC_TERMS, key=len, reverse=True))))
_ANY_TERM = re.compile(_TERM, re.I)
_PREFILTER_TERMS = sorted(set(STRONG_TERMS + TOPIC_TERMS), key=len, reverse=True)
# A trie of the terms: the engine skips in C to the characters a term can start with.
_SPAM_PREFILTER = re.compile(word_trie(_PREFILTER_TERMS, ignore_ascii_case=True))


def find_artifacts(view: str) -> list[Noise]:
    out: list[Noise] = []
    for name, triggers, pattern in ARTIFACT_PATTERNS:
        if any(trigger in view for trigger in triggers):
            kind = "gloss" if name == "pinyin_gloss" else "artifact"
            out.extend(Noise(m.start(), m.end(), kind) for m in pattern.finditer(view))
    # Every run of control characters starts at a character CONTROL_HINT finds; the slower
    # Unicode-property pattern only runs there. The hint takes every character outside the
    # Basic Multilingual Plane: in a text full of them (emoji, rare ideographs) one scan
    # with CONTROL from there on is cheaper than a match at each.
    if not _may_hold_control(view):
        return out
    last_end = 0
    misses = 0
    for hint in CONTROL_HINT.finditer(view):
        if hint.start() < last_end:
            continue
        m = CONTROL.match(view, hint.start())
        if m is not None:
            out.append(Noise(m.start(), m.end(), "control"))
            last_end = m.end()
        else:
            misses += 1
            if misses > _MAX_HINT_MISSES:
                out.extend(Noise(m.start(), m.end(), "control") for m in CONTROL.finditer(view, hint.start()))
                break
    return out


_MAX_HINT_MISSES = 64


def _may_hold_control(view: str) -> bool:
    """False when the text surely holds no control or format character: str.isprintable is
    false at every Cc and Cf character, and at line breaks and spaces other than ' ' (the
    folded view has made its spaces ' '). It runs in C about three times faster than a
    character-class scan, and most texts pass it."""
    rest = view.replace("\n", "")
    if "\r" in rest:
        rest = rest.replace("\r", "")
    return not rest.isprintable()


def is_injected_run(run: str, before: str, after: str = "") -> bool:
    if LEGIT_CONTEXT.search(before) or (after and _LEGIT_AFTER.match(after)):
        return False  # 打击网络赌博平台…, 歌舞娱乐场所: the words in ordinary use
    if _STRONG.search(run):
        return True
    if not _TOPIC.search(run):
        return False
    return len(_ANY_TERM.findall(run)) >= 2 and len(run) >= 4


def find_injected(view: str) -> list[Noise]:
    """Spans of injected advertising. Only looks where a spam word occurs."""
    out: list[Noise] = []
    last_end = 0
    for hit in _SPAM_PREFILTER.finditer(view):
        if hit.start() < last_end:
            continue
        # Walk left over glued morphemes so the run starts at its first morpheme.
        start = hit.start()
        window_start = max(0, start - 40)
        best = None
        for m in SPAM_RUN.finditer(view, window_start, min(len(view), hit.end() + 80)):
            if m.start() <= hit.start() < m.end():
                best = m
                break
            if m.start() > hit.start():
                break
        if best is None:
            continue
        run = best.group()
        last_end = best.end()
        if is_injected_run(run, view[max(0, best.start() - 7):best.start()], view[best.end():best.end() + 2]):
            start, last_end = widen_spliced_run(view, best.start(), best.end(), out[-1].end if out else 0)
            out.append(Noise(start, last_end, "injected"))
    return out


# A mirror site splices its SEO title in where a word stood, its phrases joined by '_'
# (365bet足球_约彩365官方下载安装_在哪个应用商店能下载365人民防空办公室, where 银川市 stood): the run of
# spam words is only part of it. A phrase between two underscores is the advertising's whatever its
# words (足球, 约彩365官方下载安装); the phrase at the far end runs into the page's own words and
# ends with its last spam word and the digits glued to it (…能下载365 | 人民防空办公室), or, with no
# spam word near its start, the page's words begin right after the underscore. '|' is no joint:
# it separates a table's cells.
_SEO_JOINT = "_"
_SEO_PHRASE_MAX = 16  # a phrase between joints: 约彩365官方下载安装 is 10
_SEO_EDGE_REACH = 12  # how far into the end phrase its first spam word may stand (在哪个应用商店能下载: 8)
_WORD_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
# (none, where the run itself ends at a joint: 澳门金沙_约彩_…)
_SEO_PHRASE = re.compile(rf"[\u4e00-\u9fffA-Za-z0-9]{{0,{_SEO_PHRASE_MAX}}}{_SEO_JOINT}")


def widen_spliced_run(view: str, start: int, end: int, floor: int = 0) -> tuple[int, int]:
    """[start, end) of an injected run, widened over the '_'-joined phrases of the SEO title
    it belongs to. A run that ends in a colon (金沙城…官网: where 关于 stood) stands alone.
    Leftward it stops at floor, where the run found before ends: spans never overlap, and no
    stretch is walked twice."""
    if view[end - 1] in ":：":
        return start, end
    pos = end
    while (m := _SEO_PHRASE.match(view, pos)) is not None:
        pos = m.end()
    if pos > end:  # the end phrase: up to its spam words, if any start near the joint
        pos = _edge_run_end(view, pos)
    begin = start
    while begin > floor and view[begin - 1] == _SEO_JOINT:
        # the phrase before the joint, found from its left end: the longest word run there
        low = begin - 1
        while low > floor and begin - 1 - low < _SEO_PHRASE_MAX and _WORD_CHAR.match(view, low - 1):
            low -= 1
        if low == begin - 1:
            break
        if low > floor and view[low - 1] == _SEO_JOINT:
            begin = low  # a whole phrase between two joints
            continue
        # the end phrase on the left: from a run of spam words that reaches the joint
        begin = next((m.start() for m in SPAM_RUN.finditer(view, low, begin - 1) if m.end() == begin - 1),
                     begin - 1)
        break
    return begin, pos


def _edge_run_end(view: str, pos: int) -> int:
    """Where the spam of the phrase starting at pos ends: after its run of spam words, the first
    of which starts within _SEO_EDGE_REACH word characters, and runs joined by one character
    (平台能下载365); pos itself when there is none. Digits end it: they close a brand's name
    (…下载365), and the page's words follow (人民防空办公室)."""
    reach = pos
    while reach < len(view) and reach - pos < _SEO_EDGE_REACH and _WORD_CHAR.match(view, reach):
        reach += 1
    hit = _ANY_TERM.search(view, pos, reach)
    end = pos
    while hit is not None and (run := SPAM_RUN.match(view, hit.start())) is not None:
        end = run.end()
        if view[end - 1].isdigit() or view[end - 1] in ":：" or not _WORD_CHAR.match(view, end):
            break
        hit = _ANY_TERM.match(view, end + 1)  # one character between two spam words: 平台能下载
    return end


# A betting site's brand is mostly a sports one (乐动体育, 开云体育, 华体会体育, OD体育), injected as a
# run of its name and what it sells (足球, 篮球, app, 官网) that a space closes before the sentence
# goes on: …工作团队,乐动体育足球 一体化逐步完善. A report writes of sport (校园足球, 智慧体育平台) inside
# its sentences, with no space after; the space glued to Han text on both sides is the tell, and
# the brands are too many to list.
# (平台, 官方, 注册 only after one of the others: 体育平台 is also a report's word)
_BRAND_WARES = r"(?:足球|篮球|网球|电竞|比分|app|APP|App|官网|官方网站|网址|入口|下载|手机版|网页版)"
_SPORTS_BRAND_TAIL = re.compile(rf"体育{_BRAND_WARES}(?:{_BRAND_WARES}|平台|官方|注册|登录)*(?= +[\u4e00-\u9fff])")
_BRAND_NAME = re.compile(r"(?:[A-Za-z]{2,6}|[\u4e00-\u9fff]{2})$")
# What stands before 体育 in a report's own words, never a brand: the field of sport it names
# (智慧体育平台, 校园体育足球, 青少年体育), or the verb or scope that governs it (开展体育…, 全市体育…).
SPORT_FIELDS = ("智慧", "数字", "校园", "学校", "群众", "竞技", "全民", "社会", "大众", "职业", "民族", "传统", "户外",
                "冰雪", "公共", "少年", "老年", "残疾", "农民", "国家", "省级", "市级", "县级", "区级", "社区", "乡村",
                "农村", "健身", "体教", "文化", "文旅", "旅游", "全省", "全市", "全县", "全区", "各类", "开展", "发展")
# A brand in Han characters is injected where a clause begins (…工作团队,乐动体育足球 一体化): glued to the
# word before it, its two characters are that phrase's own (市直机关体育篮球 比赛, 指导企业体育足球 联赛,
# 新建嘉兴体育篮球 场地, 通过省体育官网 公示), a PDF copy's stray space after them.
_CLAUSE_OPENERS = "，,、；;。：:！!？?"
# The nouns a report's sport phrase ends with past such a space (…体育足球 联赛, …体育篮球 场地): the
# sentence needs them, where an injected run is followed by the words it interrupted.
_SPORT_HEAD_NOUN = re.compile(r" +(?:比赛|联赛|赛事|场地|场馆|活动|公示|服务|协会|俱乐部|队伍|项目|培训|标识|进校园)")


def find_sports_brands(view: str) -> list[Noise]:
    """Spans of a betting site's sports brand injected into a sentence (乐动体育足球 before a space)."""
    out: list[Noise] = []
    at = view.find("体育")
    while at != -1:
        tail = _SPORTS_BRAND_TAIL.match(view, at)
        # (a space after a Latin word, 体育app 下载, is how many write Latin in Chinese: no tell)
        if tail is not None and not view[tail.end() - 1].isascii() and not _SPORT_HEAD_NOUN.match(view, tail.end()):
            name = _BRAND_NAME.search(view, max(0, at - 6), at)
            if name is not None and name.group() not in SPORT_FIELDS \
                    and (name.group().isascii() or (name.start() > 0 and view[name.start() - 1] in _CLAUSE_OPENERS)):
                out.append(Noise(name.start(), tail.end(), "injected"))
        at = view.find("体育", at + 2)
    return out


# A mirror site appends its own name to the page's title, as a site names itself after a dash
# (福建省2023年度法治政府建设情况-ks8凯发官方网站): a casino's code (ks8, k8, bet365: lower-case letters
# and digits) glued to its name and "official site", at the end of the line. A government site's name
# there is Han (…-福建省人民政府门户网站), and the codes of events and technology are upper case
# (-G20杭州峰会官方网站, 5G).
# (下载 only as an app's: 视频-mp4格式下载 is a file's)
_SITE_WORDS = ("官方网站", "官网", "网址", "入口", "app下载", "APP下载", "App下载")
_CASINO_SITE_SUFFIX = re.compile(
    r"[-_—–|] ?(?:[a-z]{1,8}\d{1,4}|\d{1,4}[a-z]{1,8})[\u4e00-\u9fff]{1,8}?(?:"
    + "|".join(_SITE_WORDS) + r")(?=[ \t\r]*$)", re.M)
# A government service's app or portal may be named so too (-v2政务服务APP下载, -sx12政务服务入口): not a casino.
_PUBLIC_SERVICE_WORDS = ("政务", "政府", "服务", "办事", "公共", "人民", "民生", "警务", "税务", "医保", "社保")
SITE_NAME_REACH = 30  # characters before a site word where the suffix's dash may stand


def find_site_suffixes(view: str) -> list[Noise]:
    """Spans of a casino site's name a mirror appended to a line (…情况-ks8凯发官方网站). Each site
    word is found with str.find, and the pattern is tried only before one that ends its line (the
    pattern's first character is a class: run over a whole page it would be tried at every position)."""
    found: set[Noise] = set()
    for word in _SITE_WORDS:
        pos = view.find(word)
        while pos != -1:
            end = pos + len(word)
            line_end = view.find("\n", end)
            line_end = len(view) if line_end == -1 else line_end
            if not view[end:line_end].strip(" \t\r"):
                m = _CASINO_SITE_SUFFIX.search(view, max(0, pos - SITE_NAME_REACH), line_end)
                if m is not None and m.end() == end and not any(w in m.group() for w in _PUBLIC_SERVICE_WORDS):
                    found.add(Noise(m.start(), m.end(), "injected"))
            pos = view.find(word, end)
    return sorted(found, key=lambda n: (n.start, n.end))


# Content-farm watermarks copied pages carry: a site name with a web address
# (秘书之家—全网资源每日更新www.mishuzj.com), sometimes inside a word.
WATERMARK_TERMS = ("全网资源", "每日更新", "范文", "文库", "免费下载", "秘书之家", "公文网", "写作网", "资料下载", "办公资源", "文档下载")
_DOMAIN = re.compile(r"(?:https?://)?(?:www\.)?[A-Za-z0-9-]{2,30}\.(?:com|net|cc|org|top|vip|xyz|cn|info)(?![A-Za-z])", re.I)
_WATERMARK = re.compile(
    "(?:" + "|".join(map(re.escape, WATERMARK_TERMS)) + r")[\u4e00-\u9fffA-Za-z0-9—\-_–·]{0,24}?" + _DOMAIN.pattern, re.I)
_TLD = re.compile(r"\.(?:com|net|cc|org|top|vip|xyz|cn|info)(?![A-Za-z])", re.I)
# XX之家— / XX网— before the term: a site's name ends like one.
_WATERMARK_LEAD = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,4}(?:之家|网|文库|资源站|范文|秘书|公文)[—\-_–·]")


def find_watermarks(view: str) -> list[Noise]:
    out: list[Noise] = []
    if not _TLD.search(view):  # no web address, no watermark: one quick scan for most texts
        return out
    for m in _WATERMARK.finditer(view):
        if ".gov" in m.group().lower():
            continue
        start = m.start()
        # XX网—全网资源…: a site name joined to the term by a dash belongs to the watermark
        for k in range(3, 9):  # the shortest site name that ends right before the term
            if start - k >= 0 and _WATERMARK_LEAD.fullmatch(view, start - k, start):
                start -= k
                break
        out.append(Noise(start, m.end(), "injected"))
    return out


# Fixed phrases of these reports whose blank is always 习近平: text found there instead
# (以betway必威体育新时代中国特色社会主义思想为指导) replaced the name.
# (anchor, the name that stands before it): the phrases of the genre whose blank is fixed.
SLOT_PHRASES = (("新时代中国特色社会主义思想", "习近平"), ("法治思想", "习近平"), ("总书记", "习近平"))
_SLOT = re.compile(r"(?:以|践行|贯彻|学习|宣传|落实|坚持|深入|领会|运用)(?P<filler>[^\s，。；、“”《》,.;:()!?\d]{1,16}?)(?="
                   + "|".join(anchor for anchor, _ in SLOT_PHRASES) + ")")
_FOREIGN = re.compile(r"[A-Za-z]")
_GLOSS = re.compile(r"\([a-zü\u00e0-\u01dc]{1,8}\)")
_SLOT_LEAD = re.compile(r"(?:以|践行|贯彻|学习|宣传|落实|坚持|深入|领会|运用)+")


_SLOT_ANCHORS = tuple(anchor for anchor, _ in SLOT_PHRASES)
_SLOT_REACH = 2 + 16  # the longest lead word and filler: how far before its anchor a match starts


def slot_matches(view: str) -> Iterator[re.Match[str]]:
    """_SLOT.finditer(view), scanning only near the anchors.

    Every match ends where an anchor begins, so it starts at most _SLOT_REACH characters
    before one; str.find locates the anchors in C, and the pattern (whose lead words, 以
    among them, occur everywhere) runs only in those windows. The windows reach to the
    end of each anchor, so the look-ahead sees what it sees in the whole text."""
    windows: list[tuple[int, int]] = []
    for anchor in _SLOT_ANCHORS:
        at = view.find(anchor)
        while at != -1:
            windows.append((max(0, at - _SLOT_REACH), at + len(anchor)))
            at = view.find(anchor, at + 1)
    last_end = 0
    for low, high in merge_spans(windows):
        for m in _SLOT.finditer(view, max(low, last_end), high):
            last_end = m.end()
            yield m


def find_slot_injections(view: str) -> list[Noise]:
    out: list[Noise] = []
    if "思想" not in view and "总书记" not in view:
        return out
    for m in slot_matches(view):
        start, end = m.start("filler"), m.end("filler")
        lead = _SLOT_LEAD.match(view, start, end)  # 坚持以…, 深入践行…: more lead words
        start = lead.end() if lead else start
        filler = _GLOSS.sub("", view[start:end])  # 習(xí)近平 on a mirror site is still the name
        if not filler or any(name in filler for _, name in SLOT_PHRASES):
            continue
        if _FOREIGN.search(filler) or _SPAM_PREFILTER.search(filler):
            out.append(Noise(start, end, "injected"))
    return out


def find_noise(view: str) -> list[Noise]:
    found = find_artifacts(view) + find_injected(view) + find_watermarks(view) + find_slot_injections(view) \
        + find_sports_brands(view) + find_site_suffixes(view)
    out: list[Noise] = []
    for n in sorted(set(found), key=lambda n: (n.start, n.end)):  # two rules may find the same span
        if n.kind == "injected" and out and out[-1].kind == "injected" and n.start < out[-1].end:
            # or overlapping ones (…_bet365 and _bet365体育官网): one piece of advertising, one warning
            out[-1] = Noise(out[-1].start, max(out[-1].end, n.end), "injected")
        else:
            out.append(n)
    return out


def noise_warnings(noise: list[Noise]) -> list[Warning]:
    out = [
        warn("injected_text", "injected text (advertising) masked before parsing", (n.start, n.end))
        for n in noise
        if n.kind == "injected"
    ]
    glosses = [n for n in noise if n.kind == "gloss"]
    if glosses:
        # One warning for the page: a mirror glosses hundreds of characters, each alike.
        first = glosses[0]
        out.append(warn("injected_text", f"pinyin annotations a mirror site inserted after characters ({len(glosses)}, "
                        "區(qū)), masked before parsing", (first.start, first.end)))
    return out
