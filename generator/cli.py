"""`python -m generator` / `sdkgen`: generate, check, samples, diff, mock.

Exit status: 0 ok; 1 drift (check) or breaking changes (diff); 2 bad input or usage. Errors go to stderr,
one line per problem, with the file, line and JSON pointer.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from .errors import Problem, SpecError, visible

if TYPE_CHECKING:
    from .custom import Conflict
    from .pipeline import Inputs

DEFAULT_SPEC = Path("spec/magic-hour.openapi.yaml")
DEFAULT_CONFIG = Path("spec/sdk.yaml")
DEFAULT_OUT = Path("generated")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m generator", description="Generate a typed Python SDK from an OpenAPI 3 document."
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name, help_text in (
        ("generate", "write the SDK into the output directory"),
        ("check", "exit 1 with a diff when the output directory is not what generate would write"),
    ):
        cmd = commands.add_parser(name, help=help_text)
        _input_options(cmd)
        cmd.add_argument(
            "--out", type=Path, default=DEFAULT_OUT, help=f"output directory (default: {DEFAULT_OUT})"
        )
        if name == "generate":
            cmd.add_argument(
                "--on-conflict",
                choices=("generated", "edited", "markers"),
                default=None,
                help="where a custom edit and the new output change the same lines: keep the generated "
                "or the edited side of each such hunk, or write conflict markers to resolve by hand "
                "(default: stop, exit 1, write nothing)",
            )
    samples = commands.add_parser(
        "samples", help="write the SDK's examples as x-codeSamples: an OpenAPI Overlay, or the spec with them"
    )
    _samples_options(samples)
    diff = commands.add_parser(
        "diff", help="report SDK-level changes from OLD to NEW; exit 1 if any is breaking"
    )
    diff.add_argument("old", type=Path, help="the previous OpenAPI document")
    diff.add_argument("new", type=Path, help="the new OpenAPI document")
    diff.add_argument(
        "--config", type=Path, default=None, help="SDK config for both (default: sdk.yaml beside NEW)"
    )
    diff.add_argument(
        "--format", choices=("text", "markdown"), default="text", help="text report or changelog section"
    )
    diff.add_argument("--lenient", action="store_true", help="report OpenAPI validation errors as warnings")
    mock = commands.add_parser("mock", help="serve a spec-driven mock API on loopback")
    mock.add_argument("--spec", type=Path, required=True)
    mock.add_argument("--host", default="127.0.0.1")
    mock.add_argument("--port", type=int, default=0)
    mock.add_argument(
        "--config",
        type=Path,
        default=None,
        help="SDK config with workflows (default: sdk.yaml beside --spec)",
    )
    return parser


def _samples_options(samples: argparse.ArgumentParser) -> None:
    _input_options(samples)
    samples.add_argument(
        "--out",
        type=Path,
        default=None,
        help="file to write, YAML or JSON by its extension (default: standard output); with --apply it "
        "may name the spec itself, to update it in place",
    )
    samples.add_argument(
        "--apply",
        action="store_true",
        help="write the spec with the samples in it (other languages' samples kept) instead of the overlay",
    )


def _input_options(cmd: argparse.ArgumentParser) -> None:
    """The options that say what to build from: the same for generate, check and samples."""
    cmd.add_argument("--spec", type=Path, default=None, help=f"OpenAPI document (default: {DEFAULT_SPEC})")
    cmd.add_argument(
        "--config",
        type=Path,
        default=None,
        help=f"SDK config (default: {DEFAULT_CONFIG}, or sdk.yaml beside --spec)",
    )
    cmd.add_argument(
        "--templates", type=Path, default=None, help="directory of templates overriding the built-in ones"
    )
    cmd.add_argument("--lenient", action="store_true", help="report OpenAPI validation errors as warnings")
    cmd.add_argument("--allow-remote-refs", action="store_true", help=argparse.SUPPRESS)


def _inputs(args: argparse.Namespace) -> Inputs:
    from .pipeline import Inputs  # here, not at the top: `--help` need not import the pipeline

    spec = args.spec or DEFAULT_SPEC
    config = args.config
    if config is None:
        beside = spec.parent / "sdk.yaml"
        if args.spec is None and DEFAULT_CONFIG.is_file():
            config = DEFAULT_CONFIG
        elif beside.is_file():
            config = beside
    from .progress import SILENT, for_stream

    return Inputs(
        progress=for_stream(sys.stderr) if args.command == "generate" else SILENT,
        spec=spec,
        config=config,
        templates=args.templates,
        lenient=args.lenient,
        allow_remote_refs=args.allow_remote_refs,
        out=args.out,
    )


def _report(problems: Sequence[object], prefix: str) -> None:
    for problem in problems:
        print(f"{prefix}{problem}", file=sys.stderr)


def _warn(warnings: Sequence[Problem]) -> None:
    """One line per distinct warning: a spec that repeats a quirk in every operation (the full
    Magic Hour spec leaves `frame_cost` undefined in 16 responses) gets one line naming the
    first place and the lines of the others, not a screenful of the same sentence."""
    groups: dict[tuple[str, str], list[Problem]] = {}
    for w in warnings:
        groups.setdefault((w.message, w.file), []).append(w)
    for first, *others in groups.values():
        line = f"warning: {first}"
        if others and all(w.line is not None for w in others):
            lines = list(dict.fromkeys(str(w.line) for w in others))
            line += f" (also at line{'s' if len(lines) > 1 else ''} {', '.join(lines)})"
        elif others:
            line += f" (also at {', '.join(dict.fromkeys(visible(w.pointer) or '#' for w in others))})"
        print(line, file=sys.stderr)


def _diff(args: argparse.Namespace) -> int:
    from .diff import diff, render_markdown, render_text
    from .pipeline import Inputs, named_api

    config = args.config
    if config is None and (args.new.parent / "sdk.yaml").is_file():
        config = args.new.parent / "sdk.yaml"
    sides = [
        named_api(Inputs(spec=spec, config=config, lenient=args.lenient)) for spec in (args.old, args.new)
    ]
    _warn(list(dict.fromkeys(w for side in sides for w in side.diagnostics.warnings)))
    changes = diff(sides[0].api, sides[1].api)
    sys.stdout.write(render_markdown(changes) if args.format == "markdown" else render_text(changes))
    return 1 if any(c.breaking for c in changes) else 0


def _conflicts(out: Path, conflicts: Sequence[Conflict], suffix: str = "", written: bool = False) -> None:
    """Each conflict on a `conflict:` line with its location (in the file on disk, or `written`
    with markers), then its hunk as markers show it."""
    for conflict in conflicts:
        where = visible(str(out / conflict.path))
        if not conflict.hunks:
            print(f"conflict: {where}: {conflict.describe()}{suffix}", file=sys.stderr)
            for line in conflict.edit.splitlines():
                print(f"    {visible(line)}", file=sys.stderr)
        for hunk in conflict.hunks:
            at = hunk.merged_line if written else hunk.line
            print(f"conflict: {where}:{at}: {conflict.describe()}{suffix}", file=sys.stderr)
            for line in hunk.markers().decode("utf-8", "replace").splitlines():
                print(f"    {visible(line)}", file=sys.stderr)


def _generate(args: argparse.Namespace, files: dict[str, str]) -> int:
    from .custom import Conflicts
    from .write import write_tree

    try:
        planned = write_tree(args.out, files, args.on_conflict)
    except Conflicts as stop:
        _conflicts(args.out, stop.conflicts)
        count = sum(max(len(c.hunks), 1) for c in stop.conflicts)
        print(
            f"generate stopped on {count} conflict(s) in {len(stop.conflicts)} file(s) and wrote nothing: "
            "keep one side of each conflicting hunk with --on-conflict generated or edited, or resolve "
            "by hand: --on-conflict markers writes the conflicts into the files (docs/custom-code.md)",
            file=sys.stderr,
        )
        return 1
    if planned.record is not None and planned.record.legacy:
        print(
            f"warning: {args.out}: written by an sdkgen that kept no record of its output: replaced as "
            "before; from now on, hand edits in it are kept (docs/custom-code.md)",
            file=sys.stderr,
        )
    markers, left = [], []
    for conflict in planned.conflicts:
        if args.on_conflict == "markers" and conflict.kind in ("content", "added"):
            markers.append(conflict)
            continue
        where = visible(str(args.out / conflict.path))
        if conflict.kind == "unresolved":  # with `markers`: left as it is, to resolve by hand
            left.append(f"conflict: {where}: {conflict.describe()}")
            continue
        if conflict.kind == "dropped":
            verdict = "removed" if args.on_conflict == "generated" else "kept as a file of your own"
            print(f"warning: {where}: {conflict.describe()}; {verdict}", file=sys.stderr)
            continue
        side = "the generated side" if args.on_conflict == "generated" else "your edited side"
        for hunk in conflict.hunks:
            print(f"warning: {where}:{hunk.line}: {conflict.describe()}; kept {side}", file=sys.stderr)
    kept = f", custom code kept in {len(planned.kept)}" if planned.kept else ""
    print(f"wrote {len(planned.tree)} files to {args.out}{kept}", file=sys.stderr)
    if markers or left:
        _conflicts(args.out, markers, suffix="; conflict markers written", written=True)
        for line in left:
            print(line, file=sys.stderr)
        print(
            f"{len(markers) + len(left)} file(s) hold conflict markers: edit each into what it should be, "
            "then run generate again, which records the result as custom code",
            file=sys.stderr,
        )
        return 1
    return 0


def _check(args: argparse.Namespace, files: dict[str, str]) -> int:
    from .check import check_tree

    report = check_tree(args.out, files)
    sys.stdout.write("".join([*report.unrecorded.values(), *report.drift.values()]))
    if report.unresolved:
        for path in report.unresolved:
            print(
                f"conflict: {visible(str(args.out / path))}: conflict markers are still in it: resolve "
                "them, then run `python -m generator generate`",
                file=sys.stderr,
            )
    if report.no_record:
        print(
            f"spec drift: {args.out} has no record of what sdkgen generated there ({len(report.drift)} "
            "file(s) differ); run `python -m generator generate`",
            file=sys.stderr,
        )
    elif report.drift:
        print(
            f"spec drift: {args.out} is out of date with the spec and templates ({len(report.drift)} "
            "file(s) differ); run `python -m generator generate`",
            file=sys.stderr,
        )
        _conflicts(args.out, report.conflicts, suffix=" (generate will stop here: see --on-conflict)")
    if report.unrecorded:
        print(
            f"unrecorded edits: {args.out} is not what the last generate wrote ({len(report.unrecorded)} "
            "file(s) differ); run `python -m generator generate` to keep the edits as custom code, "
            "or undo them",
            file=sys.stderr,
        )
    if report.ok and report.kept:
        print(f"{args.out} is up to date, with custom edits in {len(report.kept)} file(s)", file=sys.stderr)
    return 0 if report.ok else 1


def _samples(args: argparse.Namespace) -> int:
    from .samples import samples

    output = samples(_inputs(args), apply=args.apply, out=args.out)
    _warn(output.warnings)
    if args.out is None:
        sys.stdout.write(output.text)
        return 0
    # Written aside, then swapped in: an interrupted run leaves the file (the spec itself, with
    # `--apply --out` naming it) as it was.
    aside = args.out.with_name(f".{args.out.name}.sdkgen-tmp")
    try:
        aside.write_text(output.text, encoding="utf-8", newline="")
        os.replace(aside, args.out)
    finally:
        aside.unlink(missing_ok=True)
    what = "the spec with code samples" if args.apply else "an overlay of code samples"
    print(f"wrote {what} to {args.out}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "mock":
            from .mock.server import serve_forever

            return serve_forever(args.spec, args.host, args.port, config=args.config)
        if args.command == "diff":
            return _diff(args)
        if args.command == "samples":
            return _samples(args)
        from .pipeline import build

        result = build(_inputs(args))
        _warn(result.diagnostics.warnings)
        if args.command == "generate":
            return _generate(args, result.files)
        return _check(args, result.files)
    except SpecError as exc:
        _report(exc.problems, "error: ")
        if exc.note:
            print(f"note: {exc.note}", file=sys.stderr)
        return 2
    except RecursionError:
        print("error: the input is nested too deeply to process", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        print(f"error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
