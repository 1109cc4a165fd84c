"""The checked-in JSON Schema, records against it, atomic output and the record writers."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import orjson
import pytest
from jsonschema import Draft202012Validator

from zhenfa.export import RecordWriter, atomic_output, dump_report, report_to_dict
from zhenfa.schema import report_schema

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_PATH = ROOT / "schemas" / "report.schema.json"


@pytest.fixture(scope="module")
def checked_in_schema() -> dict:
    return json.loads(SCHEMA_PATH.read_bytes())


# ---------------------------------------------------------------- schema


def test_checked_in_schema_is_current(checked_in_schema) -> None:
    generated = json.loads(json.dumps(report_schema(), ensure_ascii=False))
    assert checked_in_schema == generated, (
        "schemas/report.schema.json is out of date with zhenfa/models.py: "
        "run `zhenfa schema > schemas/report.schema.json`"
    )


def test_checked_in_schema_is_valid_draft_2020_12(checked_in_schema) -> None:
    Draft202012Validator.check_schema(checked_in_schema)
    assert checked_in_schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    # The fields CONTRACT.md fixes are all there.
    for field in ("schema_version", "source", "title", "doc_type", "bureau", "report_year", "published",
                  "sections", "measures", "statistics", "shortcomings", "plans", "warnings"):
        assert field in checked_in_schema["properties"], field


def _errors(schema: dict, instance: object) -> list[str]:
    validator = Draft202012Validator(schema)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(instance)]


def test_every_seed_record_validates(checked_in_schema, seed_reports) -> None:
    assert len(seed_reports) == 5
    for name, report in seed_reports.items():
        record = json.loads(dump_report(report))  # what the CLI writes
        errors = _errors(checked_in_schema, record)
        assert errors == [], f"{name}: {errors[:5]}"
        assert json.loads(dump_report(report, pretty=True)) == record
        assert json.loads(json.dumps(report_to_dict(report))) == record


def test_records_built_without_validation_equal_validated_ones(seed_reports) -> None:
    """models.build skips pydantic's validation: what it builds must be what validation
    of the same values gives, field for field, and dump to the same JSON."""
    from zhenfa.models import Report

    for name, report in seed_reports.items():
        validated = Report.model_validate(report_to_dict(report))
        assert validated == report, name
        assert dump_report(validated) == dump_report(report), name


def test_dump_report_writes_exactly_what_model_dump_gives(seed_reports) -> None:
    for name, report in seed_reports.items():
        for pretty in (False, True):
            option = orjson.OPT_INDENT_2 if pretty else 0
            assert dump_report(report, pretty=pretty) == orjson.dumps(report.model_dump(), option=option), name


def test_schema_rejects_a_broken_record(checked_in_schema, seed_reports) -> None:
    # The schema has teeth: a wrong type, a missing required field and an unknown field each fail.
    record = json.loads(dump_report(next(iter(seed_reports.values()))))
    bad_type = {**record, "report_year": "2021"}
    assert _errors(checked_in_schema, bad_type)
    missing = {k: v for k, v in record.items() if k != "source"}
    assert _errors(checked_in_schema, missing)
    extra = {**record, "surprise": 1}
    assert _errors(checked_in_schema, extra)


# ---------------------------------------------------------------- atomic output


def test_atomic_output_failure_keeps_previous_content(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(b'["previous"]\n')
    with pytest.raises(RuntimeError, match="half way"), atomic_output(target) as fh:
        fh.write('[{"title": "一半'.encode())
        raise RuntimeError("half way")
    assert target.read_bytes() == b'["previous"]\n'
    assert os.listdir(tmp_path) == ["out.json"], "no temp file left behind"


def test_atomic_output_keyboard_interrupt_keeps_previous_content(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(b"old")
    with pytest.raises(KeyboardInterrupt), atomic_output(target) as fh:
        fh.write(b"new and half")
        raise KeyboardInterrupt
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out.json"]


def test_atomic_output_failure_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "new.json"
    with pytest.raises(ValueError), atomic_output(target) as fh:
        fh.write(b"[")
        raise ValueError("boom")
    assert not target.exists()
    assert os.listdir(tmp_path) == []


def test_atomic_output_success_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(b"old content that is longer than the new one\n")
    target.chmod(0o640)
    with atomic_output(target) as fh:
        fh.write(b"[]\n")
        # Until the block ends the old file is untouched.
        assert target.read_bytes() == b"old content that is longer than the new one\n"
    assert target.read_bytes() == b"[]\n"
    assert target.stat().st_mode & 0o777 == 0o640, "replacing a file keeps its permissions"
    assert os.listdir(tmp_path) == ["out.json"]


def test_atomic_output_new_file_honours_umask(tmp_path: Path) -> None:
    target = tmp_path / "fresh.json"
    old_mask = os.umask(0o027)
    try:
        with atomic_output(target) as fh:
            fh.write("中文".encode())
    finally:
        os.umask(old_mask)
    assert target.read_bytes() == "中文".encode()
    assert target.stat().st_mode & 0o777 == 0o640  # 0o666 & ~0o027, like a file opened with open()
    assert os.listdir(tmp_path) == ["fresh.json"]


def test_atomic_output_relative_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with atomic_output("plain.json") as fh:
        fh.write(b"{}")
    assert (tmp_path / "plain.json").read_bytes() == b"{}"
    assert os.listdir(tmp_path) == ["plain.json"]


# ---------------------------------------------------------------- record writer

RECORDS = [
    {"title": "某某市司法局2021年度法治政府建设情况报告", "n": 1},
    {"title": "第二份", "text": "第一行\n第二行", "span": [0, 3]},
    {"title": None, "statistics": [{"value": 500000, "raw": "近50万人次"}]},
]


def _write(records: list[dict], *, jsonl: bool, pretty: bool = False) -> bytes:
    stream = io.BytesIO()
    writer = RecordWriter(stream, jsonl=jsonl)
    writer.open()
    for record in records:
        writer.write(orjson.dumps(record, option=orjson.OPT_INDENT_2 if pretty else 0))
    writer.close()
    assert writer.count == len(records)
    return stream.getvalue()


@pytest.mark.parametrize("n", [0, 1, 3])
@pytest.mark.parametrize("pretty", [False, True])
def test_record_writer_json_array(n: int, pretty: bool) -> None:
    data = _write(RECORDS[:n], jsonl=False, pretty=pretty)
    assert json.loads(data) == RECORDS[:n]
    assert data.endswith(b"]\n")
    assert "近50万人次".encode() in data or n < 3


@pytest.mark.parametrize("n", [0, 1, 3])
@pytest.mark.parametrize("pretty", [False, True])
def test_record_writer_jsonl(n: int, pretty: bool) -> None:
    # Even an indented record must stay on one line (the newline inside a string value is escaped).
    data = _write(RECORDS[:n], jsonl=True, pretty=pretty)
    if n == 0:
        assert data == b""
        return
    assert data.endswith(b"\n")
    lines = data.split(b"\n")[:-1]
    assert len(lines) == n
    assert [json.loads(line) for line in lines] == RECORDS[:n]


def test_record_writer_with_real_reports(seed_reports) -> None:
    reports = list(seed_reports.values())
    expected = [json.loads(dump_report(r)) for r in reports]
    for pretty in (False, True):
        for jsonl in (False, True):
            stream = io.BytesIO()
            writer = RecordWriter(stream, jsonl=jsonl)
            writer.open()
            for report in reports:
                writer.write(dump_report(report, pretty=pretty))
            writer.close()
            data = stream.getvalue()
            got = [json.loads(line) for line in data.splitlines()] if jsonl else json.loads(data)
            assert got == expected, (pretty, jsonl)


def test_build_refuses_a_field_the_model_does_not_have() -> None:
    from zhenfa.models import Statistic, build

    with pytest.raises(TypeError, match="valeu"):
        build(Statistic, valeu=3, unit="件")


def test_a_lone_surrogate_in_text_given_directly_still_gives_json() -> None:
    import zhenfa

    text = "一、主要工作\n我局办理案件\ud83d共12件。\n"
    report = zhenfa.extract_text(text)
    record = json.loads(dump_report(report))
    assert record["source"]["chars"] == len(text)
    assert [s["raw"] for s in record["statistics"]] == ["12件"]
    assert "\ufffd" in record["statistics"][0]["subject"]
