"""Batch runs: find input files, extract them (in a process pool when asked),
and yield results in input order, as they are ready.

Each result is either the serialised record or a one-line reason, so one bad
file never stops a batch and the caller decides how to report it.
"""

from __future__ import annotations

import math
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .load import INPUT_SUFFIXES

STDIN = "-"


class InputError(Exception):
    """A path given on the command line that does not exist (a usage error)."""


@dataclass(frozen=True, slots=True)
class Result:
    index: int
    path: str
    record: bytes | None  # the serialised report
    error: str | None  # one-line reason when the file failed
    code: str | None = None  # machine-readable reason (empty, binary, unreadable, …)


def discover(paths: Iterable[str]) -> list[str]:
    """Files to read, in a stable order: arguments as given, directories walked
    recursively in sorted order (symlinks followed, each file and directory once)."""
    return [path for path, _ in discover_with_real_paths(paths)]


def discover_with_real_paths(paths: Iterable[str]) -> list[tuple[str, str]]:
    """discover(), each file with its real path (symlinks resolved; "-" for stdin)."""
    out: list[tuple[str, str]] = []
    seen_files: set[str] = set()
    for arg in paths:
        if arg == STDIN:
            out.append((STDIN, STDIN))
            continue
        p = Path(arg)
        if not os.path.lexists(p):
            raise InputError(f"no such file or directory: {arg}")
        if p.is_dir():
            # Every walked path starts with the root and a separator: what follows, split at
            # the separators, is its relative path's parts (os.path.relpath per file was slow).
            prefix = os.path.join(str(p), "")
            for f, key in sorted(_walk(p), key=lambda pair: pair[0][len(prefix):].split(os.sep)):
                if key not in seen_files:
                    seen_files.add(key)
                    out.append((f, key))
        else:
            key = os.path.realpath(p)
            if key not in seen_files:
                seen_files.add(key)
                out.append((str(p), key))
    return out


def _walk(root: Path) -> Iterator[tuple[str, str]]:
    """(path, real path) of the input files under root. The real path (the key that keeps a
    file reached twice from being read twice) is the directory's real path and the name,
    unless the entry is itself a symlink: os.path.realpath for every file costs a system
    call per path component."""
    visited: set[tuple[int, int]] = set()
    stack = [str(root)]
    while stack:
        directory = stack.pop()
        try:
            st = os.stat(directory)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in visited:
            continue  # a symlink loop or a second way into the same directory
        visited.add((st.st_dev, st.st_ino))
        real_directory = os.path.realpath(directory)
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError:
            yield directory, real_directory  # reading it fails later with the reason, like any bad file
            continue
        subdirs = []
        names = {entry.name for entry in entries}
        for entry in entries:
            if entry.name.startswith(".") or _is_view_page(entry.name, names):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                subdirs.append(entry.path)
            elif os.path.splitext(entry.name)[1].lower() in INPUT_SUFFIXES:
                if _special_file(entry):
                    continue  # a FIFO, socket or device named *.txt: reading it would wait forever
                try:
                    link = entry.is_symlink()
                except OSError:
                    link = True
                yield entry.path, os.path.realpath(entry.path) if link else os.path.join(real_directory, entry.name)
        stack.extend(reversed(subdirs))


def _special_file(entry: os.DirEntry[str]) -> bool:
    """An entry that exists and is no regular file (a dangling link is not special: reading it
    fails later with its reason, like any bad file). A FIFO given by name (<(curl …)) is read."""
    try:
        return not stat.S_ISREG(entry.stat().st_mode)
    except OSError:
        return False


def _is_view_page(name: str, names: set[str]) -> bool:
    """report.txt.html beside report.txt: the page `zhenfa view` writes by default, not a report."""
    stem, suffix = os.path.splitext(name)
    return suffix.lower() == ".html" and stem in names and os.path.splitext(stem)[1].lower() in INPUT_SUFFIXES


# cgroup CPU quotas: where a container limited to 2 CPUs (docker --cpus 2) or a service
# with CPUQuota= finds its limit. os.cpu_count() reports the host's CPUs there.
CGROUP_ROOT = "/sys/fs/cgroup"
PROC_SELF_CGROUP = "/proc/self/cgroup"
CGROUP_V1_QUOTA = ("cpu/cpu.cfs_quota_us", "cpu/cpu.cfs_period_us")  # under CGROUP_ROOT


def usable_cpus() -> int:
    """The CPUs this process may use: those it may run on (taskset, cpusets), capped by a
    cgroup CPU quota rounded up. The default number of workers: one per CPU of the host
    would start dozens of processes in a small container, each with its own memory."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        cpus = os.cpu_count() or 1
    quota = _cgroup_cpu_quota()
    if quota is not None:
        cpus = min(cpus, math.ceil(quota))
    return max(1, cpus)


def _cgroup_cpu_quota() -> float | None:
    """CPUs' worth of time per period that this process's cgroups allow (the smallest limit
    from its own cgroup up to the root, cgroup v2; else the v1 quota), or None."""
    quotas = [q for q in map(_cpu_max, _cgroup_v2_dirs()) if q is not None]
    if quotas:
        return min(quotas)
    try:
        quota_us, period_us = (int(Path(CGROUP_ROOT, name).read_text(encoding="ascii")) for name in CGROUP_V1_QUOTA)
        return quota_us / period_us if quota_us > 0 and period_us > 0 else None  # -1: no limit
    except (OSError, ValueError):
        return None


def _cgroup_v2_dirs() -> list[Path]:
    """This process's cgroup v2 directory and its parents up to the root."""
    root = Path(CGROUP_ROOT)
    try:
        with open(PROC_SELF_CGROUP, encoding="utf-8") as fh:
            own = next((line.strip()[3:] for line in fh if line.startswith("0::")), "/")
    except OSError:
        own = "/"
    parts = [part for part in own.split("/") if part and part != ".."]
    return [root.joinpath(*parts[:n]) for n in range(len(parts), -1, -1)]


def _cpu_max(directory: Path) -> float | None:
    try:
        quota, period = (directory / "cpu.max").read_text(encoding="ascii").split()[:2]  # "max 100000", "200000 100000"
        return int(quota) / int(period) if quota != "max" and int(period) > 0 else None
    except (OSError, ValueError):
        return None


def process_one(item: tuple[int, str, bool]) -> Result:
    """Extract one input; never raises."""
    index, path, pretty = item
    from .export import dump_report
    from .extract import extract_loaded
    from .load import LoadError, load_bytes, load_path, read_stdin

    try:
        loaded = load_bytes(read_stdin()) if path == STDIN else load_path(path)
        report = extract_loaded(loaded, path)
        return Result(index, path, dump_report(report, pretty=pretty), None)
    except LoadError as exc:
        return Result(index, path, None, exc.message, exc.code)
    except RecursionError:
        return Result(index, path, None, "internal error: input nested too deeply", "internal")
    except MemoryError:
        return Result(index, path, None, "internal error: out of memory", "internal")
    except Exception as exc:  # a bug must cost one file, not the batch
        if os.environ.get("ZHENFA_DEBUG"):
            raise
        return Result(index, path, None, f"internal error: {type(exc).__name__}: {exc}", "internal")


def run(paths: list[str], *, jobs: int = 1, pretty: bool = False) -> Iterator[Result]:
    """Results in input order, yielded as soon as each is ready."""
    items = [(i, p, pretty) for i, p in enumerate(paths)]
    jobs = max(1, min(jobs, len(paths)))
    if STDIN in paths:
        jobs = 1  # stdin belongs to this process
    if jobs == 1:
        yield from map(process_one, items)
        return
    import gc
    import multiprocessing as mp

    fork = sys.platform.startswith("linux")
    if not fork:
        yield from _run_parallel(items, jobs, mp.get_context("spawn"))
        return
    # Forked workers inherit what is loaded here instead of each paying ~0.3 s for it. The
    # long-lived objects are then moved to the collector's permanent generation (gc.freeze,
    # as the gc documentation advises before fork): collections in the workers leave them
    # alone instead of writing to, and so copying, the pages that hold them. Garbage is
    # collected first and everything unfrozen after, so that nothing of the caller's is kept.
    _warm_up()
    gc.collect()
    gc.freeze()
    try:
        yield from _run_parallel(items, jobs, mp.get_context("fork"))
    finally:
        gc.unfreeze()


def _warm_up() -> None:
    """Load the pipeline and the gazetteer (and the imports of a first extraction)."""
    from .extract import extract_text
    from .fields.places import gazetteer

    gazetteer()
    extract_text("")


def process_chunk(chunk: list[tuple[int, str, bool]]) -> list[Result]:
    return [process_one(item) for item in chunk]


def _run_parallel(items: list[tuple[int, str, bool]], jobs: int, context: Any) -> Iterator[Result]:
    """A process pool fed a few chunks ahead, results in input order. If a worker dies (a
    crash in a native library, the out-of-memory killer), the pool is replaced and the files
    of the lost chunk are retried one by one, so only the file that kills a worker fails."""
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    size = _chunksize(len(items), jobs)
    chunks = deque(items[i:i + size] for i in range(0, len(items), size))
    in_flight: deque[tuple[list[tuple[int, str, bool]], Future[list[Result]]]] = deque()
    executor: ProcessPoolExecutor | None = None
    try:
        while chunks or in_flight:
            if executor is None:
                executor = ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_init)
            while chunks and len(in_flight) < jobs * 4:
                chunk = chunks.popleft()
                in_flight.append((chunk, executor.submit(process_chunk, chunk)))
            chunk, future = in_flight.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                executor.shutdown(wait=False, cancel_futures=True)
                executor = None
                chunks.extendleft(reversed([c for c, _ in in_flight]))
                in_flight.clear()
                results = [_isolated(item, context) for item in chunk]
            yield from results
    finally:
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


def _isolated(item: tuple[int, str, bool], context: Any) -> Result:
    """One file in a worker of its own: tells whether it is the one that kills workers."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(1, mp_context=context, initializer=_worker_init) as executor:
        try:
            return executor.submit(process_one, item).result()
        except BrokenProcessPool:
            return Result(item[0], item[1], None, "the worker process died while reading this file "
                          "(a crash in a parser library, or out of memory)", "crashed")


def _chunksize(n: int, jobs: int) -> int:
    return max(1, min(32, n // (jobs * 8)))


def _worker_init() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
