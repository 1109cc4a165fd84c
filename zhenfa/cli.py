"""The command line: a thin shell over the library. No parsing logic lives here.

Exit status: 0 success; 1 some input files failed (the others were written);
2 usage error (bad option, missing path, no input files); 3 the output could
not be written. Diagnostics go to stderr, records to stdout or -o.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from . import __version__

EXIT_OK, EXIT_FILES_FAILED, EXIT_USAGE, EXIT_OUTPUT = 0, 1, 2, 3

app = typer.Typer(
    name="zhenfa",
    help="Turn Chinese government rule-of-law reports (法治政府建设情况报告) into source-grounded JSON.",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"zhenfa {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool | None, typer.Option("--version", callback=_version, is_eager=True,
                                                    help="Show the version and exit.")] = None,
) -> None:
    """zhenfa: rule-based extraction of bureau, year, outline, measures, statistics,
    shortcomings and plans from 法治政府建设 reports."""


def _err(message: str) -> None:
    sys.stderr.write(f"zhenfa: {message}\n")
    sys.stderr.flush()


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (searched recursively for .txt .html .htm .docx .pdf), or - for stdin.")],
    output: Annotated[str | None, typer.Option("-o", "--output", help="Write here (atomically) instead of stdout; - is stdout.")] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON record per line instead of a JSON array.")] = False,
    jobs: Annotated[int, typer.Option("-j", "--jobs", min=0, help="Worker processes (0 = one per CPU this process may use).")] = 0,
    pretty: Annotated[bool, typer.Option("--pretty", help="Indent the JSON (ignored with --jsonl).")] = False,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No progress bar and no summary line.")] = False,
) -> None:
    """Extract one record per input file and write them as JSON."""
    from .batch import InputError, discover_with_real_paths, run, usable_cpus

    try:
        found = discover_with_real_paths(paths)
    except InputError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_USAGE) from None
    files = [path for path, _ in found]
    if not files:
        from .load import INPUT_SUFFIXES

        _err(f"no input files (looked for {' '.join(sorted(INPUT_SUFFIXES))})")
        raise typer.Exit(EXIT_USAGE)
    if output not in (None, "-"):
        if os.path.realpath(output) in {real for path, real in found if path != "-"}:
            _err(f"refusing to write {output}: it is one of the inputs")
            raise typer.Exit(EXIT_USAGE)
        problem = _output_problem(Path(output))
        if problem:
            _err(f"cannot write {output}: {problem}")
            raise typer.Exit(EXIT_OUTPUT)
    n_jobs = jobs or usable_cpus()
    results = run(files, jobs=n_jobs, pretty=pretty and not jsonl)
    failed = 0
    try:
        if output in (None, "-"):
            failed = _write_all(sys.stdout.buffer, results, len(files), jsonl=jsonl, quiet=quiet)
        else:
            from .export import atomic_output

            with atomic_output(output) as fh:
                failed = _write_all(fh, results, len(files), jsonl=jsonl, quiet=quiet)
    except BrokenPipeError:
        _silence_broken_pipe()
        raise typer.Exit(EXIT_OK) from None
    except OSError as exc:
        _err(f"cannot write {output or 'stdout'}: {exc.strerror or exc}")
        raise typer.Exit(EXIT_OUTPUT) from None
    except KeyboardInterrupt:
        _err("interrupted; nothing was written" if output not in (None, "-") else "interrupted")
        raise typer.Exit(130) from None
    if failed:
        if not quiet:
            _err(f"{failed} of {len(files)} file(s) failed; {len(files) - failed} written")
        raise typer.Exit(EXIT_FILES_FAILED)


def _write_all(stream, results, total: int, *, jsonl: bool, quiet: bool) -> int:  # type: ignore[no-untyped-def]
    from .export import RecordWriter

    writer = RecordWriter(stream, jsonl=jsonl)
    writer.open()
    failed = 0
    progress = None
    show_progress = not quiet and total > 1 and sys.stderr.isatty()
    try:
        for result in results:
            if show_progress and progress is None:
                # Started after the first result: the worker processes are forked by then, and
                # forking while the bar's refresh thread runs could deadlock them.
                from rich.progress import Progress

                # Twice a second: each redraw takes the interpreter from the extraction (at
                # rich's default ten a second the bar cost a one-job batch about 3 %).
                progress = Progress(transient=True, console=_stderr_console(), refresh_per_second=2)
                progress.start()
                task = progress.add_task("extracting", total=total)
            if result.record is not None:
                writer.write(result.record)
            else:
                failed += 1
                _err(f"{result.path}: {result.error}")
            if progress is not None:
                progress.advance(task)
    finally:
        if progress is not None:
            progress.stop()
    writer.close()
    return failed


def _stderr_console():  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console(stderr=True)


def _output_problem(path: Path) -> str | None:
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        return "is a directory"
    if path.exists() and not path.is_file():
        return None  # /dev/stdout, a FIFO: written through
    if not parent.is_dir():
        return f"directory {parent} does not exist"
    if not os.access(parent, os.W_OK | os.X_OK):
        return f"directory {parent} is not writable"
    return None


def _silence_broken_pipe() -> None:
    # `zhenfa extract … | head`: the reader left; exit quietly like other Unix tools.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass


@app.command()
def schema() -> None:
    """Print the JSON Schema of a report record."""
    from .schema import schema_json

    _write_text(schema_json())


@app.command()
def text(path: Annotated[str, typer.Argument(help="A file, or - for stdin.")]) -> None:
    """Print the text zhenfa extracts from a file: the text all offsets index."""
    loaded = _load_or_exit(path)
    _write_text(loaded.text)


@app.command()
def outline(path: Annotated[str, typer.Argument(help="A file, or - for stdin.")]) -> None:
    """Draw the section tree of one report (markers, titles, kinds, line numbers)."""
    from .outline.render import render_outline

    loaded = _load_or_exit(path)
    report = _extract_or_exit(loaded, path)
    from rich.console import Console

    console = Console()
    if (console.encoding or "").lower().replace("-", "") not in ("utf8", "utf16"):
        # A non-UTF-8 terminal cannot show the headings; draw UTF-8 bytes anyway rather than crash.
        with console.capture() as capture:
            console.print(render_outline(report))
        _write_text(capture.get())
    else:
        console.print(render_outline(report))


@app.command()
def view(
    path: Annotated[str, typer.Argument(help="A report file, or - for stdin.")],
    output: Annotated[str | None, typer.Option("-o", "--output", help="Where to write the page (default: FILE.html beside the input; - for stdout).")] = None,
) -> None:
    """Write an offline HTML page showing every extracted value highlighted on the source text."""
    from .view import render_html

    loaded = _load_or_exit(path)
    try:
        page = render_html(_extract_or_exit(loaded, path), loaded.text).encode("utf-8")
    except Exception as exc:  # a bug must be a one-line message, not a traceback
        if os.environ.get("ZHENFA_DEBUG"):
            raise
        _err(f"{path}: internal error: {type(exc).__name__}: {exc}")
        raise typer.Exit(EXIT_FILES_FAILED) from None
    if output == "-" or (output is None and path == "-"):
        sys.stdout.buffer.write(page)
        return
    target = output or str(Path(path).with_suffix(Path(path).suffix + ".html"))
    problem = _output_problem(Path(target))
    if problem:
        _err(f"cannot write {target}: {problem}")
        raise typer.Exit(EXIT_OUTPUT)
    from .export import atomic_output

    try:
        with atomic_output(target) as fh:
            fh.write(page)
    except OSError as exc:
        _err(f"cannot write {target}: {exc.strerror or exc}")
        raise typer.Exit(EXIT_OUTPUT) from None
    _err(f"wrote {target}")


@app.command()
def summary(
    path: Annotated[str, typer.Argument(help="Output of `zhenfa extract` (JSON array or JSON Lines), or - for stdin.")],
    csv: Annotated[bool, typer.Option("--csv", help="Write the table as CSV (UTF-8 with BOM, for spreadsheets).")] = False,
) -> None:
    """One row per report: bureau, province, year and the counts of what was extracted."""
    from .summary import RecordsError, read_records, summary_rows, summary_table, write_csv

    if path != "-" and not os.path.exists(path):
        _err(f"no such file: {path}")
        raise typer.Exit(EXIT_USAGE)
    try:
        rows = summary_rows(read_records(path))
    except (OSError, RecordsError) as exc:
        _err(f"cannot read {path}: {exc}")
        raise typer.Exit(EXIT_FILES_FAILED) from None
    if csv:
        write_csv(rows, sys.stdout.buffer)
        return
    from rich.console import Console

    # Piped output has no terminal width: use a wide one rather than fold every name.
    console = Console(width=None if sys.stdout.isatty() else 200)
    console.print(summary_table(rows, compact=console.width < 130))


def _extract_or_exit(loaded, path: str):  # type: ignore[no-untyped-def]
    """The record for one loaded file; an internal error is a one-line message and exit 1."""
    from .extract import extract_loaded

    try:
        return extract_loaded(loaded, path)
    except Exception as exc:
        if os.environ.get("ZHENFA_DEBUG"):
            raise
        _err(f"{path}: internal error: {type(exc).__name__}: {exc}")
        raise typer.Exit(EXIT_FILES_FAILED) from None


def _write_text(text: str) -> None:
    """UTF-8 whatever the terminal's locale: these are Chinese documents."""
    try:
        sys.stdout.buffer.write(text.encode("utf-8", "surrogatepass"))
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_broken_pipe()


def _load_or_exit(path: str):  # type: ignore[no-untyped-def]
    from .load import LoadError, load_bytes, load_path, read_stdin

    try:
        if path == "-":
            return load_bytes(read_stdin())
        if not os.path.lexists(path):
            _err(f"no such file or directory: {path}")
            raise typer.Exit(EXIT_USAGE)
        return load_path(path)
    except LoadError as exc:
        _err(f"{path}: {exc.message}")
        raise typer.Exit(EXIT_FILES_FAILED) from None


def run() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    run()
