"""The sealed test set stays as it was frozen, and is only ever counted, never read here.

No threshold is asserted on it: a test that failed on it would invite tuning to it.
`python -m amends.coach.report` prints its figures (totals only).
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

SEALED_DIR = Path(__file__).parent / "data" / "sealed"
# Each sealed set and the sha256 it was frozen with (how and by whom each was written:
# data/sealed/README.md). fresh2 was written before any rule of its change; fresh3 onwards by
# someone who never read the rules, the data or the coach's docs; fresh5 holds 176 sentences
# quoted from real people; the everyday sets (no harm) are the bars a retrained layer must pass.
FROZEN = {
    "fresh.jsonl": "102caf846adf29a196a8fd0f4edb72b3cd5b0c41490c993d0d191e0769829085",
    "fresh2.jsonl": "d2d416c0f3c7b87f5864fb1d6ffd0f4f848b9e5c98aa1a2342911ce9a9dbcd2c",
    "fresh3.jsonl": "8610468fd975caebb26ecae9f7a3e7d95fcbd504f391512f41764e0c1e15d84f",
    "fresh4.jsonl": "45d96d544948cca02a5accf26737bb4a9318558f3a6858b37ea203b774041d97",
    "fresh5.jsonl": "e2b6a89de4591ddf87e922f332bda780c1376487206cf54c6fa0d79a7ae44dc7",
    "fresh6.jsonl": "b6d0613fa5cf2da9e77b78621eed80983ca99b04a9aeed52532d4fc0bdcdcbed",
    "fresh7.jsonl": "a834c0256cbd9b89f04827d3aa1a3cd894d54290830ba39615bed43923bda9bf",
    "everyday2.jsonl": "6b88455374f5a0e4af7909c96ca339870889b95f85c263fa7db2cf95a0bb03f9",
    "everyday3.jsonl": "069f71e559c38d6aa0aeab0323cc5ecc2f14b969f7bdf729a9520a4cc654fe6f",
    "everyday4.jsonl": "53f6740ccd44539e3183de38d65db6f31e388f6d0f3760ba0083345863dfb43c",
    "everyday5.jsonl": "a6942d6fac96c350694d78f002346cfe3b808a60b7f405852e11a01f6d9eb867",
    "everyday6.jsonl": "cb70127a375f94c5d52da8c4a46c21f4bc25d9d9a66215c541e183226384fb39",
    "everyday7.jsonl": "ae82bbf45ddad0b38f34587d1e23c090c4a7b1dc21721d60200c48db6366ed54",
    "everyday8.jsonl": "25fcd78ef0712bd80de08784ee93e1c71a0f24020a21f322313b329927d8bd54",
}
SEALED = SEALED_DIR / "fresh.jsonl"


@pytest.mark.parametrize("name", sorted(FROZEN))
def test_each_sealed_set_is_as_it_was_frozen(name: str) -> None:
    assert hashlib.sha256((SEALED_DIR / name).read_bytes()).hexdigest() == FROZEN[name]


def test_every_sealed_set_is_frozen() -> None:
    assert {p.name for p in SEALED_DIR.glob("*.jsonl")} == set(FROZEN)


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
