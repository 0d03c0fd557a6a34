"""The `amends coach analyze --jsonl FILE` contract."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from amends.coach.cli import main

LINES = [
    json.dumps({"id": 1, "text": "you never listen"}),
    "",
    "not json",
    json.dumps([1, 2]),
    json.dumps({"id": "a", "text": 5}),
    json.dumps({"id": "b", "text": "hi", "forgiven_breaches": "gambling"}),
    json.dumps({"id": "c", "text": "At least I never cheated", "forgiven_breaches": ["affair"]}),
]


def _outputs(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def _check(rows: list[dict[str, object]]) -> None:
    assert [r["id"] for r in rows] == [1, None, None, "a", "b", "c"]
    assert rows[0]["flags"][0]["kind"] == "criticism"  # type: ignore[index]
    assert set(rows[0]["apology"]) == {"components", "score"}  # type: ignore[arg-type]
    for row in rows[1:5]:
        assert "error" in row
    assert "trump_card" in {f["kind"] for f in rows[5]["flags"]}  # type: ignore[attr-defined]


def test_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    assert main(["analyze", "--jsonl", str(path)]) == 0
    _check(_outputs(capsys.readouterr().out))


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(LINES)))
    assert main(["analyze", "--jsonl", "-"]) == 0
    _check(_outputs(capsys.readouterr().out))


def test_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "--jsonl", str(tmp_path / "missing.jsonl")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_report_main(capsys: pytest.CaptureFixture[str]) -> None:
    from amends.coach.report import main as report_main

    assert report_main([]) == 0
    out = capsys.readouterr().out
    assert "micro harmful" in out and "forgiveness_request" in out
