"""The command line: output formats and streams, exit codes, bad inputs, unwritable outputs."""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import shutil
import subprocess
import sys
from importlib.metadata import version as dist_version
from pathlib import Path

import pytest
from typer.testing import CliRunner

import zhenfa
from zhenfa.cli import app
from zhenfa.export import report_to_dict

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))
SEED_001 = SEEDS / "001_4fee1730b9a031e9.txt"
SEED_000 = SEEDS / "000_64157d57be6aa139.txt"  # contains U+00A0: GB18030 encodes it, GBK does not
TITLE_001 = "张家港市教育局2019年度法治政府建设情况报告"  # line 3 of seed 001
TITLE_000 = "嘉兴市教育局2021年度法治政府建设情况报告"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00" + bytes(32)
ENV = {"COLUMNS": "200", "ZHENFA_DEBUG": None}


def _zhenfa_command() -> list[str]:
    script = Path(sys.executable).parent / "zhenfa"
    return [str(script)] if script.exists() else [sys.executable, "-m", "zhenfa.cli"]


def invoke(args: list[str], **kwargs):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, args, env=ENV, **kwargs)


def _no_crash(result) -> None:  # type: ignore[no-untyped-def]
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tree_digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): _sha(p) for p in sorted(root.rglob("*")) if p.is_file()}


def _body(record: dict) -> dict:
    """A record as JSON data, without `source` (which names the path and how the bytes were read)."""
    return {k: v for k, v in json.loads(json.dumps(record)).items() if k != "source"}


def _mixed_dir(tmp_path: Path) -> Path:
    d = tmp_path / "mixed"
    d.mkdir()
    shutil.copyfile(SEED_001, d / "a_good.txt")
    (d / "b_binary.txt").write_bytes(PNG)
    (d / "c_empty.txt").write_bytes(b"")
    (d / "d_gb18030.txt").write_bytes(SEED_000.read_text(encoding="utf-8").encode("gb18030"))
    return d


# ---------------------------------------------------------------- extract: formats and streams


def test_extract_directory_to_file(tmp_path: Path, seed_reports) -> None:
    out = tmp_path / "out.json"
    result = invoke(["extract", str(SEEDS), "-o", str(out), "-j", "1"])
    _no_crash(result)
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == b"", "records go to -o, nothing to stdout"
    records = json.loads(out.read_bytes())
    assert isinstance(records, list) and len(records) == 5
    assert [r["source"]["path"] for r in records] == [str(SEEDS / n) for n in SEED_NAMES]
    for record, name in zip(records, SEED_NAMES, strict=True):
        path = SEEDS / name
        text = path.read_text(encoding="utf-8")
        assert record["source"]["sha256"] == _sha(path)
        assert record["source"]["encoding"] == "utf-8"
        assert record["source"]["format"] == "txt"
        assert record["source"]["chars"] == len(text)
        # The CLI writes what the library extracts.
        assert _body(record) == _body(report_to_dict(seed_reports[name]))
    assert records[1]["title"] == TITLE_001
    assert records[0]["title"] == TITLE_000


def test_extract_jsonl_to_stdout_is_only_json(tmp_path: Path) -> None:
    result = invoke(["extract", str(SEEDS), "--jsonl", "-j", "1"])
    _no_crash(result)
    assert result.exit_code == 0
    data = result.stdout_bytes
    assert data.endswith(b"\n")
    lines = data.split(b"\n")[:-1]
    assert len(lines) == 5
    records = [json.loads(line) for line in lines]
    assert [r["source"]["path"] for r in records] == [str(SEEDS / n) for n in SEED_NAMES]
    assert all(isinstance(r, dict) and r["schema_version"] for r in records)


def test_extract_array_to_stdout_unescaped_chinese() -> None:
    result = invoke(["extract", str(SEEDS), "-j", "1"])
    _no_crash(result)
    assert result.exit_code == 0
    data = result.stdout_bytes
    records = json.loads(data)  # stdout holds the JSON array and nothing else
    assert len(records) == 5
    assert TITLE_001.encode("utf-8") in data
    assert "法治政府建设".encode() in data
    assert b"\\u" not in data, "Chinese must be written as UTF-8, not \\u escapes"
    # -o - is stdout, byte for byte.
    dash = invoke(["extract", str(SEEDS), "-o", "-", "-j", "1"])
    assert dash.exit_code == 0
    assert dash.stdout_bytes == data


def test_extract_jobs_do_not_change_output() -> None:
    one = invoke(["extract", str(SEEDS), "--jsonl", "-j", "1"])
    two = invoke(["extract", str(SEEDS), "--jsonl", "-j", "2"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout_bytes == two.stdout_bytes


def test_extract_stdin(seed_reports) -> None:
    data = SEED_001.read_bytes()
    result = invoke(["extract", "-", "-j", "1"], input=data)
    _no_crash(result)
    assert result.exit_code == 0
    records = json.loads(result.stdout_bytes)
    assert len(records) == 1
    record = records[0]
    assert record["source"]["path"] == "-"
    assert record["source"]["sha256"] == hashlib.sha256(data).hexdigest()
    assert record["source"]["encoding"] == "utf-8"
    assert record["title"] == TITLE_001
    assert _body(record) == _body(report_to_dict(seed_reports[SEED_001.name]))


def test_extract_stdin_gb18030() -> None:
    data = SEED_000.read_text(encoding="utf-8").encode("gb18030")
    result = invoke(["extract", "-", "--jsonl"], input=data)
    assert result.exit_code == 0
    (line,) = result.stdout_bytes.splitlines()
    record = json.loads(line)
    assert record["source"]["encoding"] == "gb18030"
    assert record["title"] == TITLE_000


# ---------------------------------------------------------------- bad inputs


def test_mixed_directory_writes_good_reports_and_names_bad_files(tmp_path: Path) -> None:
    d = _mixed_dir(tmp_path)
    out = tmp_path / "out.json"
    result = invoke(["extract", str(d), "-o", str(out), "-j", "1"])
    _no_crash(result)
    assert result.exit_code == 1
    records = json.loads(out.read_bytes())
    assert [r["source"]["path"] for r in records] == [str(d / "a_good.txt"), str(d / "d_gb18030.txt")]
    assert [r["source"]["encoding"] for r in records] == ["utf-8", "gb18030"]
    assert [r["title"] for r in records] == [TITLE_001, TITLE_000]
    err_lines = result.stderr.splitlines()
    binary = [line for line in err_lines if "b_binary.txt" in line]
    empty = [line for line in err_lines if "c_empty.txt" in line]
    assert len(binary) == 1 and "binary" in binary[0].lower()
    assert len(empty) == 1 and "empty" in empty[0].lower()
    assert not any("a_good.txt" in line or "d_gb18030.txt" in line for line in err_lines)


def test_mixed_directory_via_subprocess(tmp_path: Path) -> None:
    d = _mixed_dir(tmp_path)
    proc = subprocess.run([*_zhenfa_command(), "extract", str(d)], capture_output=True, timeout=120, cwd=tmp_path)
    assert proc.returncode == 1
    stderr = proc.stderr.decode("utf-8")
    assert "Traceback" not in stderr
    records = json.loads(proc.stdout)
    assert [r["source"]["path"] for r in records] == [str(d / "a_good.txt"), str(d / "d_gb18030.txt")]
    assert "b_binary.txt" in stderr and "c_empty.txt" in stderr


def test_subprocess_jsonl_matches_in_process_run() -> None:
    proc = subprocess.run([*_zhenfa_command(), "extract", str(SEEDS), "--jsonl"], capture_output=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in proc.stderr
    lines = proc.stdout.decode("utf-8").splitlines()
    assert len(lines) == 5
    assert [json.loads(line)["source"]["path"] for line in lines] == [str(SEEDS / n) for n in SEED_NAMES]
    in_process = invoke(["extract", str(SEEDS), "--jsonl", "-j", "1"])
    assert proc.stdout == in_process.stdout_bytes


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-report.txt"
    out = tmp_path / "out.json"
    result = invoke(["extract", str(SEED_001), str(missing), "-o", str(out)])
    _no_crash(result)
    assert result.exit_code == 2
    assert str(missing) in result.stderr
    assert "no such file" in result.stderr.lower()
    assert result.stdout_bytes == b""
    assert not out.exists()


def test_no_input_files_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    result = invoke(["extract", str(tmp_path)])
    _no_crash(result)
    assert result.exit_code == 2
    assert "no input files" in result.stderr


# ---------------------------------------------------------------- unwritable output


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    shutil.copyfile(SEED_001, d / SEED_001.name)
    shutil.copyfile(SEED_000, d / SEED_000.name)
    return d


def test_output_into_missing_directory(tmp_path: Path, inputs: Path) -> None:
    before = _tree_digest(inputs)
    out = tmp_path / "no-such-dir" / "out.json"
    result = invoke(["extract", str(inputs), "-o", str(out), "-j", "1"])
    _no_crash(result)
    assert result.exit_code == 3
    assert "cannot write" in result.stderr and str(out) in result.stderr
    assert "does not exist" in result.stderr
    assert not out.parent.exists()
    assert _tree_digest(inputs) == before


def test_output_onto_a_directory(tmp_path: Path, inputs: Path) -> None:
    before = _tree_digest(inputs)
    out = tmp_path / "a-directory"
    out.mkdir()
    result = invoke(["extract", str(inputs), "-o", str(out), "-j", "1"])
    _no_crash(result)
    assert result.exit_code == 3
    assert "directory" in result.stderr
    assert list(out.iterdir()) == []
    assert _tree_digest(inputs) == before


def test_output_under_a_regular_file(tmp_path: Path, inputs: Path) -> None:
    before = _tree_digest(inputs)
    out = inputs / SEED_001.name / "out.json"  # the "directory" is one of the inputs
    result = invoke(["extract", str(inputs), "-o", str(out), "-j", "1"])
    _no_crash(result)
    assert result.exit_code == 3
    assert "cannot write" in result.stderr
    assert _tree_digest(inputs) == before


def _writable(directory: Path) -> bool:
    probe = directory / ".probe"
    try:
        probe.write_bytes(b"")
    except OSError:
        return False
    probe.unlink()
    return True


def _chattr(flag: str, directory: Path) -> bool:
    chattr = shutil.which("chattr")
    if chattr is None:
        return False
    return subprocess.run([chattr, flag, str(directory)], capture_output=True, timeout=10).returncode == 0


def test_output_into_read_only_directory(tmp_path: Path, inputs: Path) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    old = ro / "out.json"
    old.write_bytes(b"[]\n")
    ro.chmod(0o555)
    immutable = False
    try:
        # root ignores mode bits; an immutable directory (chattr +i) is read-only even for root.
        if _writable(ro):
            immutable = _chattr("+i", ro)
        if _writable(ro):
            pytest.skip("cannot make a read-only directory here (root, and chattr +i is unavailable)")
        before = _tree_digest(inputs)
        result = invoke(["extract", str(inputs), "-o", str(old), "-j", "1"])
        _no_crash(result)
        assert result.exit_code == 3
        assert "cannot write" in result.stderr and "not writable" in result.stderr
        assert old.read_bytes() == b"[]\n"
        assert sorted(p.name for p in ro.iterdir()) == ["out.json"]
        assert _tree_digest(inputs) == before
    finally:
        if immutable:
            _chattr("-i", ro)
        ro.chmod(0o755)


def test_output_file_that_cannot_be_replaced(tmp_path: Path, inputs: Path) -> None:
    # The directory is writable, the target is immutable: the write fails at the rename.
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    old = out_dir / "out.json"
    old.write_bytes(b"[]\n")
    if not _chattr("+i", old):
        pytest.skip("chattr +i is unavailable here")
    try:
        before = _tree_digest(inputs)
        result = invoke(["extract", str(inputs), "-o", str(old), "-j", "1"])
        _no_crash(result)
        assert result.exit_code == 3
        assert "cannot write" in result.stderr
        assert old.read_bytes() == b"[]\n"
        assert sorted(p.name for p in out_dir.iterdir()) == ["out.json"], "no temp file left behind"
        assert _tree_digest(inputs) == before
    finally:
        _chattr("-i", old)


def test_failed_run_keeps_previous_output(tmp_path: Path) -> None:
    # Exit 2 (missing input) must not truncate or replace an existing output file.
    out = tmp_path / "out.json"
    out.write_bytes(b'["previous"]\n')
    result = invoke(["extract", str(SEED_001), str(tmp_path / "missing.txt"), "-o", str(out)])
    assert result.exit_code == 2
    assert out.read_bytes() == b'["previous"]\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


# ---------------------------------------------------------------- directory walking


def _paths(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [json.loads(line)["source"]["path"] for line in result.stdout_bytes.splitlines()]


def test_directory_recursion_is_sorted_and_stable(tmp_path: Path) -> None:
    d = tmp_path / "reports"
    (d / "z").mkdir(parents=True)
    body = "某某局2021年度法治政府建设情况报告\n一、主要举措和成效\n全年办理案件{}件。\n"
    # Created in reverse order so directory order and creation order do not give the answer.
    for i, rel in enumerate(["z/2.txt", "z/1.txt", "b.txt", "a.txt", "9.txt", "10.txt"]):
        (d / rel).write_text(body.format(i + 1), encoding="utf-8")
    (d / "notes.json").write_text("{}", encoding="utf-8")
    expected = [str(d / rel) for rel in ["10.txt", "9.txt", "a.txt", "b.txt", "z/1.txt", "z/2.txt"]]
    first = invoke(["extract", str(d), "--jsonl", "-j", "1"])
    assert first.exit_code == 0, first.output
    assert _paths(first) == expected
    second = invoke(["extract", str(d), "--jsonl", "-j", "2"])
    assert second.stdout_bytes == first.stdout_bytes


def test_pages_written_by_view_are_not_read_back_as_reports(tmp_path: Path) -> None:
    d = tmp_path / "reports"
    d.mkdir()
    body = "某某局2021年度法治政府建设情况报告\n一、主要举措和成效\n全年办理案件{}件。\n"
    (d / "a.txt").write_text(body.format(1), encoding="utf-8")
    (d / "b.html").write_text("<p>" + body.format(2) + "</p>", encoding="utf-8")
    viewed = invoke(["view", str(d / "a.txt")])
    assert viewed.exit_code == 0, viewed.output
    assert (d / "a.txt.html").exists()
    (d / "c.txt.html").write_text("<p>" + body.format(3) + "</p>", encoding="utf-8")  # no c.txt: a report
    result = invoke(["extract", str(d), "--jsonl", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert _paths(result) == [str(d / "a.txt"), str(d / "b.html"), str(d / "c.txt.html")]
    # named explicitly, the page is read like any file
    assert _paths(invoke(["extract", str(d / "a.txt.html"), "--jsonl"])) == [str(d / "a.txt.html")]


def test_symlink_loop_does_not_hang(tmp_path: Path) -> None:
    d = tmp_path / "loop"
    (d / "sub").mkdir(parents=True)
    body = "某某局2021年度法治政府建设情况报告\n一、主要举措和成效\n全年办理案件{}件。\n"
    (d / "a.txt").write_text(body.format(1), encoding="utf-8")
    (d / "sub" / "b.txt").write_text(body.format(2), encoding="utf-8")
    os.symlink("..", d / "sub" / "up")  # sub/up → loop/
    os.symlink(".", d / "self")  # self → loop/
    os.symlink("a.txt", d / "c.txt")  # a second name for a.txt
    proc = subprocess.run([*_zhenfa_command(), "extract", str(d), "--jsonl", "-q"], capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    paths = [json.loads(line)["source"]["path"] for line in proc.stdout.splitlines()]
    assert paths == [str(d / "a.txt"), str(d / "sub" / "b.txt")]


def test_a_file_reached_through_a_symlinked_directory_is_read_once(tmp_path: Path) -> None:
    from zhenfa.batch import discover

    d = tmp_path / "reports"
    (d / "real" / "deep").mkdir(parents=True)
    (d / "real" / "deep" / "x.txt").write_text("x", encoding="utf-8")
    (d / "real" / "y.txt").write_text("y", encoding="utf-8")
    os.symlink("real", d / "zlink")  # zlink/deep/x.txt and zlink/y.txt are the same two files
    os.symlink(str(d / "real" / "deep"), d / "a-deep")  # an absolute link, sorted first
    assert discover([str(d)]) == [str(d / "a-deep" / "x.txt"), str(d / "real" / "y.txt")]
    # A file named on the command line and found again in a directory: once, where first named.
    assert discover([str(d / "real" / "y.txt"), str(d / "zlink")]) == [str(d / "real" / "y.txt"), str(d / "zlink" / "deep" / "x.txt")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_named_like_a_report_in_a_directory_is_skipped_not_waited_on(tmp_path: Path) -> None:
    from zhenfa.batch import discover

    d = tmp_path / "reports"
    d.mkdir()
    (d / "a.txt").write_text("a", encoding="utf-8")
    os.mkfifo(d / "pipe.txt")  # opening it for reading would block until a writer comes
    os.symlink("missing.txt", d / "dangling.txt")  # a dangling link is still listed: it fails with its reason
    assert discover([str(d)]) == [str(d / "a.txt"), str(d / "dangling.txt")]


# ---------------------------------------------------------------- other commands


def test_version() -> None:
    result = invoke(["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"zhenfa {zhenfa.__version__}\n"
    assert dist_version("zhenfa") == zhenfa.__version__


def test_schema_command_prints_the_checked_in_schema() -> None:
    result = invoke(["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout_bytes) == json.loads((ROOT / "schemas" / "report.schema.json").read_bytes())


def test_outline_prints_top_level_headings() -> None:
    result = invoke(["outline", str(SEED_001)])
    _no_crash(result)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    # Seed 001, lines 11, 45, 53, 65, and the statutory kind of each.
    headings = [
        ("一、主要举措和成效", "measures", "L11"),
        ("二、存在不足和原因", "shortcomings", "L45"),
        ("三、党政主要负责人履行推进法治政府建设第一责任职责相关情况", "leadership", "L53"),
        ("四、2020年度推进法治政府建设工作设想", "plans", "L65"),
    ]
    found = []
    for heading, kind, line_no in headings:
        matches = [i for i, line in enumerate(lines) if heading in line]
        assert len(matches) == 1, (heading, result.stdout)
        line = lines[matches[0]]
        assert f"[{kind}]" in line and line_no in line, line
        found.append(matches[0])
    assert found == sorted(found)
    assert TITLE_001 in result.stdout


def test_text_prints_decoded_text(tmp_path: Path) -> None:
    text = SEED_000.read_text(encoding="utf-8")
    path = tmp_path / "gb.txt"
    path.write_bytes(text.encode("gb18030"))
    result = invoke(["text", str(path)])
    assert result.exit_code == 0
    assert result.stdout_bytes == text.encode("utf-8")


def test_text_keeps_crlf(tmp_path: Path) -> None:
    crlf = SEED_001.read_text(encoding="utf-8").replace("\n", "\r\n")
    path = tmp_path / "crlf.txt"
    path.write_bytes(codecs.BOM_UTF8 + crlf.encode("utf-8"))
    proc = subprocess.run([*_zhenfa_command(), "text", str(path)], capture_output=True, timeout=60)
    assert proc.returncode == 0
    assert proc.stdout == crlf.encode("utf-8"), "the printed text is the text offsets index: no BOM, CRLF kept"


def test_text_from_stdin() -> None:
    data = SEED_001.read_bytes()
    result = invoke(["text", "-"], input=data)
    assert result.exit_code == 0
    assert result.stdout_bytes == data


def test_text_bad_files(tmp_path: Path) -> None:
    missing = invoke(["text", str(tmp_path / "missing.txt")])
    _no_crash(missing)
    assert missing.exit_code == 2
    assert "no such file" in missing.stderr
    png = tmp_path / "image.txt"
    png.write_bytes(PNG)
    binary = invoke(["text", str(png)])
    _no_crash(binary)
    assert binary.exit_code == 1
    assert "image.txt" in binary.stderr and "binary" in binary.stderr
    assert binary.stdout_bytes == b""


def test_parallel_batch_leaves_nothing_frozen_for_the_caller(tmp_path: Path) -> None:
    """run() freezes the loaded pipeline for its forked workers (copy-on-write sharing) and
    must unfreeze when done: a caller that runs many batches would otherwise keep forever
    whatever was alive at each one's start."""
    import gc

    from zhenfa import batch

    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    before = gc.get_freeze_count()
    for _ in range(2):
        results = list(batch.run([str(p) for p in seeds], jobs=2))
        assert [r.error for r in results] == [None] * len(seeds)
        assert gc.get_freeze_count() == before


# --- the default number of workers ---------------------------------------------------


@pytest.fixture
def cgroup(tmp_path, monkeypatch):
    """An empty cgroup tree under tmp_path; this process sits in /system.slice/job.service."""
    from zhenfa import batch

    (tmp_path / "proc_cgroup").write_text("0::/system.slice/job.service\n")
    (tmp_path / "system.slice" / "job.service").mkdir(parents=True)
    monkeypatch.setattr(batch, "CGROUP_ROOT", str(tmp_path))
    monkeypatch.setattr(batch, "PROC_SELF_CGROUP", str(tmp_path / "proc_cgroup"))
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(8)), raising=False)
    return tmp_path


def test_usable_cpus_are_the_cpus_this_process_may_run_on(cgroup, monkeypatch):
    from zhenfa import batch

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 3, 5}, raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    assert batch.usable_cpus() == 3


@pytest.mark.parametrize(("where", "cpu_max", "expected"), [
    ("", "200000 100000\n", 2),  # docker --cpus 2: the container's own root
    ("", "150000 100000\n", 2),  # 1.5 CPUs: rounded up
    ("", "50000 100000\n", 1),
    ("", "max 100000\n", 8),  # no limit
    ("", "garbage\n", 8),
    ("system.slice/job.service", "300000 100000\n", 3),  # systemd CPUQuota=300% on the service
    ("system.slice", "100000 100000\n", 1),  # a limit on a parent holds for the children
])
def test_usable_cpus_are_capped_by_a_cgroup_v2_quota(cgroup, where, cpu_max, expected):
    from zhenfa import batch

    (cgroup / where / "cpu.max").write_text(cpu_max)
    assert batch.usable_cpus() == expected


def test_the_smallest_quota_on_the_way_up_wins(cgroup):
    from zhenfa import batch

    (cgroup / "cpu.max").write_text("400000 100000\n")
    (cgroup / "system.slice" / "job.service" / "cpu.max").write_text("200000 100000\n")
    assert batch.usable_cpus() == 2


@pytest.mark.parametrize(("quota", "expected"), [("300000", 3), ("-1", 8)])
def test_usable_cpus_are_capped_by_a_cgroup_v1_quota(cgroup, quota, expected):
    from zhenfa import batch

    (cgroup / "cpu").mkdir()
    (cgroup / "cpu" / "cpu.cfs_quota_us").write_text(quota + "\n")
    (cgroup / "cpu" / "cpu.cfs_period_us").write_text("100000\n")
    assert batch.usable_cpus() == expected


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="CPU affinity is Linux-only")
def test_a_process_pinned_to_one_cpu_gets_one_worker():
    code = "import os; os.sched_setaffinity(0, {min(os.sched_getaffinity(0))}); from zhenfa.batch import usable_cpus; print(usable_cpus())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "1"


def test_extract_without_jobs_uses_the_usable_cpus(monkeypatch):
    from zhenfa import batch

    seen: list[int] = []
    real_run = batch.run

    def spy(paths, *, jobs=1, pretty=False):
        seen.append(jobs)
        return real_run(paths, jobs=1, pretty=pretty)

    monkeypatch.setattr(batch, "usable_cpus", lambda: 7)
    monkeypatch.setattr(batch, "run", spy)
    result = CliRunner().invoke(app, ["extract", str(SEEDS), "-q", "--jsonl"])
    assert result.exit_code == 0 and seen == [7]
    result = CliRunner().invoke(app, ["extract", str(SEEDS), "-q", "--jsonl", "-j", "2"])
    assert seen == [7, 2]
