"""The JSON Schema of the record, generated from the pydantic models."""

from __future__ import annotations

import json
from typing import Any

from .models import SCHEMA_VERSION, Report
from .warnings import WARNING_CODES


def report_schema() -> dict[str, Any]:
    schema = Report.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://github.com/zhenfa/zhenfa/schemas/report-{SCHEMA_VERSION}.schema.json"
    schema["description"] = (
        (schema.get("description") or "").strip()
        + "\n\nWarning codes: " + "; ".join(f"{code}: {text}" for code, text in WARNING_CODES.items())
    )
    return schema


def schema_json() -> str:
    return json.dumps(report_schema(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
