"""Command line: ``amends coach analyze --jsonl FILE`` (FILE may be ``-`` for stdin).

Reads one JSON object per line ({"id", "text", "forgiven_breaches"?}) and writes one
result per line, in the same order. A bad line gets an ``error`` line and the run goes
on; only a file that cannot be read stops it (exit status 2).
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from amends.coach.analyzer import analyze


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="amends coach", description="Communication coach.")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("analyze", help="analyse messages from a JSON Lines file")
    run.add_argument("--jsonl", required=True, metavar="FILE", help="input file, or - for stdin")
    return parser


def process_line(line: str) -> dict[str, Any]:
    """Analyse one input line; bad input yields an error object instead of raising."""
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError) as exc:
        return {"id": None, "error": f"not valid JSON: {exc}"}
    if not isinstance(obj, dict):
        return {"id": None, "error": "each line must be a JSON object"}
    ident = obj.get("id")
    text = obj.get("text")
    if not isinstance(text, str):
        return {"id": ident, "error": "'text' is missing or not a string"}
    breaches = obj.get("forgiven_breaches", [])
    if breaches is None:
        breaches = []
    if not isinstance(breaches, list) or not all(isinstance(b, str) for b in breaches):
        return {"id": ident, "error": "'forgiven_breaches' must be a list of strings"}
    result = analyze(text, breaches)
    return {"id": ident, **result.to_dict()}


def run(lines: Iterable[str], out: TextIO) -> None:
    for line in lines:
        if not line.strip():
            continue
        out.write(json.dumps(process_line(line), ensure_ascii=False) + "\n")


def _read(path: str) -> Iterator[str]:
    if path == "-":
        stdin = sys.stdin
        # Re-wrap the real stdin as UTF-8 whatever the locale; a test's StringIO is used as is.
        if isinstance(stdin, io.TextIOWrapper):
            stdin = io.TextIOWrapper(stdin.buffer, encoding="utf-8", errors="replace")
        yield from stdin
        return
    with open(path, encoding="utf-8", errors="replace") as fh:
        yield from fh


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.command != "analyze":  # pragma: no cover - argparse enforces this
        return 2
    try:
        run(_read(args.jsonl), sys.stdout)
    except OSError as exc:
        print(f"amends coach: cannot read {args.jsonl}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
