"""Shared fixtures: the seeds in the repo, the dev openings beside it in ../shared/dev."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
DEV = SHARED / "dev"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def skip_without_shared(reason: str) -> None:
    """Skip a test that needs ../shared (the labels are not in the repo); CI sets
    ZHENFA_REQUIRE_SHARED=1 so that a missing ../shared fails there instead of passing silently."""
    if os.environ.get("ZHENFA_REQUIRE_SHARED"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in SEED_FILES}


@pytest.fixture(scope="session")
def seed_reports(seed_texts):
    import zhenfa

    return {name: zhenfa.extract_text(text, path=name) for name, text in seed_texts.items()}


@pytest.fixture(scope="session")
def dev_labels() -> list[dict]:
    path = DEV / "labels.jsonl"
    if not path.exists():
        skip_without_shared(f"{path} is not here (the dev set lives in ../shared/dev)")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
