"""The report record: pydantic models that are the contract with users.

`schemas/report.schema.json` is generated from these models (`zhenfa schema`),
and a test fails when the two disagree. Field names follow CONTRACT.md; fields
added beyond it are documented in their descriptions.

Offsets: every `span` is `[start, end)` in code points into the decoded source
text (no byte-order mark; CRLF counts as two characters). For HTML input the
text is the one zhenfa extracts from the page (`zhenfa text FILE` prints it).

Strings: `raw` is exactly text[span]. `marker` and `heading` are *verbatim*: the
source with line breaks and indentation removed and masked noise (injected text,
conversion artifacts) left out. Other strings are *canonical*: the same, with runs of
spaces collapsed and ASCII punctuation that a copy substituted for Chinese punctuation
(, ; : ( ) ! ?) shown full-width, so the same report copied differently gives the same
values; an item's `text` keeps one line break between paragraphs.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Any, TypeVar, cast

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.1"  # 1.1: Statistic.low (ranges)

Span = Annotated[
    tuple[int, int],
    Field(description="[start, end) code-point offsets into the decoded source text"),
]


class _Record(BaseModel):
    # defer_build: the pipeline builds records without validation (models.build) and writes them
    # with orjson, so the validators and serializers are made on first use (a schema, a
    # model_dump, a model_validate), not at import (a few milliseconds of start-up).
    model_config = ConfigDict(extra="forbid", frozen=False, use_enum_values=True, defer_build=True)


class SectionKind(StrEnum):
    """The five parts the 2019 regulation asks a report to cover."""

    measures = "measures"
    shortcomings = "shortcomings"
    leadership = "leadership"
    plans = "plans"
    other = "other"


class Level(StrEnum):
    province = "province"
    city = "city"
    county = "county"
    town = "town"  # 镇, 乡, 街道: below the gazetteer; the county fields name the county it belongs to


class Qualifier(StrEnum):
    nearly = "nearly"  # 近, 将近, 接近
    over = "over"  # 余, 多, 超, 超过, 逾, 以上
    about = "about"  # 约, 大约, 左右
    under = "under"  # 不到, 不足, 以下


class ChangeDirection(StrEnum):
    increase = "increase"
    decrease = "decrease"


class SourceFormat(StrEnum):
    txt = "txt"
    html = "html"
    docx = "docx"
    pdf = "pdf"


class Source(_Record):
    path: str | None = Field(None, description="the path as given; '-' for stdin; null for text passed in")
    sha256: str | None = Field(None, description="SHA-256 of the input bytes (of the UTF-8 text when text was passed in)")
    encoding: str | None = Field(None, description="encoding used to decode the bytes, e.g. utf-8, utf-8-sig, gb18030, utf-16")
    format: SourceFormat = Field(SourceFormat.txt, description="input format; offsets refer to the text zhenfa extracts from it")
    chars: int = Field(0, description="length of the decoded text in code points")


class Warning(_Record):
    code: str = Field(description="snake_case warning code; see zhenfa.warnings.WARNING_CODES")
    message: str = Field(description="human-readable explanation")
    span: Span | None = Field(None, description="where in the text, when the warning has a place")


class Bureau(_Record):
    name: str | None = Field(None, description="fullest name of the issuing body the document supports, e.g. 和平区教育局")
    province: str | None = Field(None, description="full official name; a municipality (天津市) is both province and city")
    city: str | None = Field(None, description="prefecture-level division (苏州市, 塔城地区); the municipality itself for 北京/天津/上海/重庆")
    county: str | None = Field(None, description="county-level division (张家港市, 和平区), when the bureau is at that level")
    level: Level | None = Field(None, description="administrative level of the bureau: province, city, county, or town "
                                "(镇/乡/街道); where the place is read around the name: the level the name starts with (区教育局), "
                                "else the place's, or a deeper one the report speaks as (我县); null for a zone")
    adcode: str | None = Field(None, description="six-digit administrative division code of the place, where known")
    span: Span | None = Field(None, description="where the name is written")


class Evidence(_Record):
    """Where each scalar header field was read (added beyond CONTRACT.md)."""

    title: Span | None = Field(None, description="the title line(s); may cover a line break when the title is split")
    doc_type: Span | None = None
    report_year: Span | None = Field(None, description="the text the report year was read from")
    published: Span | None = Field(None, description="the publication date as written")
    place: Span | None = Field(None, description="the place name that located the bureau")


class Section(_Record):
    marker: str | None = Field(None, description="the numbering as written: 一、 （一） 1. 一是 …; null for an implicit section")
    number: int | None = Field(None, description="position the marker states (一 → 1); null for an implicit section")
    level: int = Field(description="1 for top-level sections, 2 for their children, …")
    title: str = Field(description="the heading phrase without the marker (canonical)")
    heading: str = Field(description="the heading as written, marker included, line breaks removed (verbatim)")
    kinds: list[SectionKind] = Field(default_factory=list, description="statutory kinds; two for a combined heading")
    implicit: bool = Field(False, description="true when the parser inferred the section without a written heading "
                                              "(a transition sentence or a plan opened it); an unnumbered heading line is not implicit")
    span: Span = Field(description="the whole section: heading and body")
    heading_span: Span = Field(description="the heading as written (for an implicit section, its transition sentence)")
    line: int = Field(description="1-based line number of the heading")
    children: list[Section] = Field(default_factory=list)


class Item(_Record):
    title: str = Field(description="the heading phrase, e.g. the text before the first 。 (canonical)")
    text: str = Field(description="the whole item (canonical; paragraphs joined by a line break)")
    depth: int = Field(description="1 = directly under its top-level section")
    path: list[str] = Field(default_factory=list, description="markers from the top, e.g. ['二、', '（一）', '1.']; "
                            "an implicit or unnumbered section contributes ''")
    span: Span
    title_span: Span | None = None
    marker: str | None = Field(None, description="the item's own marker as written, if any")
    year: int | None = Field(None, description="plans only: the year the task is planned for")


class Statistic(_Record):
    value: float | int = Field(description="the number with 万/亿 multiplied out (近50万人次 → 500000)")
    unit: str = Field(description="unit as written (件, 次, 人次, 场次, 名, 元, %, …)")
    qualifier: Qualifier | None = Field(None, description="nearly (近), over (余/多/超/逾), about (约), under (不到)")
    raw: str = Field(description="the source text of the quantity (verbatim): text[span[0]:span[1]] == raw")
    span: Span
    subject: str | None = Field(None, description="what was counted, from the clause before the number")
    section: list[str] = Field(default_factory=list, description="markers of the outline path the statistic sits in "
                               "('' for an implicit or unnumbered section; empty in the introduction)")
    change: ChangeDirection | None = Field(None, description="when the number is a change: 增加/增长/提高 → increase, 下降/减少 → decrease")
    compared_to: str | None = Field(None, description="the comparison base when stated, e.g. 去年, 2020年, 上年")
    low: float | int | None = Field(None, description="a range's lower bound, `value` its upper (3—5个工作日: low 3, value 5; "
                                    "raw spans the whole range)")


class Report(_Record):
    schema_version: str = SCHEMA_VERSION
    source: Source
    title: str | None = Field(None, description="the report title as one string, line breaks removed")
    doc_type: str | None = Field(None, description="情况报告, 工作报告, 年度报告, 工作总结, … as the title says")
    bureau: Bureau | None = None
    report_year: int | None = Field(None, description="the year the report covers, not the year it was published")
    published: str | None = Field(None, description="YYYY-MM-DD publication date shown with the document")
    evidence: Evidence = Field(default_factory=Evidence, description="spans the header fields were read from")
    sections: list[Section] = Field(default_factory=list, description="top-level sections in document order")
    measures: list[Item] = Field(default_factory=list)
    statistics: list[Statistic] = Field(default_factory=list)
    shortcomings: list[Item] = Field(default_factory=list)
    plans: list[Item] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)


# (No Section.model_rebuild() here: with defer_build the forward reference in `children` is
# resolved when a schema or validator is first needed, and rebuilding now would build them.)

_Model = TypeVar("_Model", bound=BaseModel)
_PLANS: dict[type, tuple[dict[str, Any], tuple[tuple[str, Callable[[], Any]], ...]]] = {}


def build(cls: type[_Model], **values: Any) -> _Model:
    """Construct a record from trusted values without validation.

    The pipeline builds every value itself, so pydantic's validation would only
    repeat work; model_construct still costs tens of microseconds a record, this
    about two. The result is an ordinary model instance (model_dump, equality,
    repr all work); fields not given take their defaults."""
    plan = _PLANS.get(cls)
    if plan is None:
        # A template with every field in declaration order (so the instance's dict has the
        # order model_construct gives it), and the fields whose default is made per instance.
        template = {name: f.default for name, f in cls.model_fields.items()}
        # (every default_factory here takes no argument: none asks for the validated data)
        factories = tuple((name, cast(Callable[[], Any], f.default_factory))
                          for name, f in cls.model_fields.items() if f.default_factory)
        plan = _PLANS[cls] = (template, factories)
    template, factories = plan
    if not values.keys() <= template.keys():
        raise TypeError(f"{cls.__name__} has no field {sorted(values.keys() - template.keys())}")
    data = template.copy()
    data.update(values)
    for name, factory in factories:
        if name not in values:
            data[name] = factory()
    obj = _new(cls)
    _set_dict(obj, data)
    _set_fields_set(obj, set(values))
    _set_extra(obj, None)
    _set_private(obj, None)
    return obj


# BaseModel's own __setattr__ validates, and it defines no __new__: set its slots directly,
# through the slots' own descriptors (object.__setattr__ would look each one up in the class's
# MRO first: a tenth of a record's cost, and a report builds about 85 records).
_new = object.__new__
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__
