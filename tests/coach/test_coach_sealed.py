"""The sealed test set stays as it was frozen, and is only ever counted, never read here.

No threshold is asserted on it: a test that failed on it would invite tuning to it.
`python -m amends.coach.report` prints its figures (totals only).
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

SEALED = Path(__file__).parent / "data" / "sealed" / "fresh.jsonl"
FROZEN = "102caf846adf29a196a8fd0f4edb72b3cd5b0c41490c993d0d191e0769829085"
# The second sealed set (issue 17 follow-up), written before any rule of that change.
SEALED2 = Path(__file__).parent / "data" / "sealed" / "fresh2.jsonl"
FROZEN2 = "d2d416c0f3c7b87f5864fb1d6ffd0f4f848b9e5c98aa1a2342911ce9a9dbcd2c"
# The third, written by someone who never read the rules, the data or the coach's docs.
SEALED3 = Path(__file__).parent / "data" / "sealed" / "fresh3.jsonl"
FROZEN3 = "8610468fd975caebb26ecae9f7a3e7d95fcbd504f391512f41764e0c1e15d84f"
# Issue 17's deciding sets, written by a helper that never read the coach, its data or tests:
# everyday lines without harm (false alarms), and a fourth labelled set.
EVERYDAY2 = Path(__file__).parent / "data" / "sealed" / "everyday2.jsonl"
FROZEN_EVERYDAY2 = "6b88455374f5a0e4af7909c96ca339870889b95f85c263fa7db2cf95a0bb03f9"
SEALED4 = Path(__file__).parent / "data" / "sealed" / "fresh4.jsonl"
FROZEN4 = "45d96d544948cca02a5accf26737bb4a9318558f3a6858b37ea203b774041d97"
# The fifth (1 December 2026), written blind: 176 sentences quoted from real people, 304 written.
SEALED5 = Path(__file__).parent / "data" / "sealed" / "fresh5.jsonl"
FROZEN5 = "e2b6a89de4591ddf87e922f332bda780c1376487206cf54c6fa0d79a7ae44dc7"
# Everyday lines without harm (1 December 2026), the bar a retrained layer must pass.
EVERYDAY3 = Path(__file__).parent / "data" / "sealed" / "everyday3.jsonl"
FROZEN_EVERYDAY3 = "069f71e559c38d6aa0aeab0323cc5ecc2f14b969f7bdf729a9520a4cc654fe6f"
EVERYDAY4 = Path(__file__).parent / "data" / "sealed" / "everyday4.jsonl"
FROZEN_EVERYDAY4 = "53f6740ccd44539e3183de38d65db6f31e388f6d0f3760ba0083345863dfb43c"


def test_sealed_set_is_unchanged() -> None:
    assert hashlib.sha256(SEALED.read_bytes()).hexdigest() == FROZEN


def test_second_sealed_set_is_unchanged() -> None:
    assert hashlib.sha256(SEALED2.read_bytes()).hexdigest() == FROZEN2


def test_third_sealed_set_is_unchanged() -> None:
    assert hashlib.sha256(SEALED3.read_bytes()).hexdigest() == FROZEN3


def test_everyday2_set_is_unchanged() -> None:
    assert hashlib.sha256(EVERYDAY2.read_bytes()).hexdigest() == FROZEN_EVERYDAY2


def test_fourth_sealed_set_is_unchanged() -> None:
    assert hashlib.sha256(SEALED4.read_bytes()).hexdigest() == FROZEN4


def test_fifth_sealed_set_is_unchanged() -> None:
    assert hashlib.sha256(SEALED5.read_bytes()).hexdigest() == FROZEN5


def test_everyday3_set_is_unchanged() -> None:
    assert hashlib.sha256(EVERYDAY3.read_bytes()).hexdigest() == FROZEN_EVERYDAY3


def test_everyday4_set_is_unchanged() -> None:
    assert hashlib.sha256(EVERYDAY4.read_bytes()).hexdigest() == FROZEN_EVERYDAY4


def test_report_refuses_to_show_its_mistakes() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "amends.coach.report", str(SEALED), "--errors"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "refusing" in done.stderr
    assert "fresh-0" not in done.stdout
