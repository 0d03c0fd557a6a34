"""Writes for the program: loading the curriculum from its data file.

`program_load` is idempotent. By default it only adds what is missing (weeks, modules and
exercises, matched by week number, module order and exercise slug), so a coach's edits in
the admin survive a second run. With `reset=True` it also puts the file's wording back on
the rows it knows; rows added in the admin are left alone either way.
"""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.db import transaction

from amends.core.errors import ActionRefused

from .models import PROGRAM_WEEKS, Exercise, Feature, Module, ProgramWeek

CURRICULUM = Path(__file__).resolve().parent / "curriculum.json"


@dataclass
class LoadResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def _check(data: Any) -> list[dict[str, Any]]:
    weeks = data.get("weeks") if isinstance(data, dict) else None
    if not isinstance(weeks, list):
        raise ActionRefused("The program file needs a list of weeks.", code="invalid")
    numbers = sorted(w.get("number") for w in weeks)
    if numbers != list(range(1, PROGRAM_WEEKS + 1)):
        raise ActionRefused(f"The program needs weeks 1 to {PROGRAM_WEEKS}.", code="invalid")
    slugs: set[str] = set()
    for week in weeks:
        for module in week.get("modules", []):
            for exercise in module.get("exercises", []):
                if exercise.get("feature") not in Feature.values:
                    raise ActionRefused(
                        f"Unknown feature {exercise.get('feature')!r} in week {week['number']}.",
                        code="invalid",
                    )
                if exercise.get("slug") in slugs:
                    raise ActionRefused(f"Slug {exercise.get('slug')!r} is used twice.", "invalid")
                slugs.add(exercise["slug"])
    return weeks


def _apply(
    model: Any, result: LoadResult, reset: bool, lookup: dict[str, Any], values: dict[str, Any]
) -> Any:
    row = model.objects.filter(**lookup).first()
    if row is None:
        result.created += 1
        return model.objects.create(**lookup, **values)
    if reset and any(getattr(row, k) != v for k, v in values.items()):
        for key, value in values.items():
            setattr(row, key, value)
        row.save()
        result.updated += 1
    else:
        result.unchanged += 1
    return row


def program_load(*, data: Any, reset: bool = False) -> LoadResult:
    weeks = _check(data)
    result = LoadResult()
    with transaction.atomic():
        for week_data in weeks:
            week = _apply(
                ProgramWeek,
                result,
                reset,
                {"number": week_data["number"]},
                {"title": week_data["title"], "summary": week_data.get("summary", "")},
            )
            for module_data in week_data.get("modules", []):
                module = _apply(
                    Module,
                    result,
                    reset,
                    {"week": week, "order": module_data["order"]},
                    {"title": module_data["title"], "reading": module_data["reading"]},
                )
                for ex in module_data.get("exercises", []):
                    _apply(
                        Exercise,
                        result,
                        reset,
                        {"slug": ex["slug"]},
                        {
                            "module": module,
                            "order": ex["order"],
                            "title": ex["title"],
                            "prompt": ex.get("prompt", ""),
                            "feature": ex["feature"],
                        },
                    )
    return result


def program_load_file(*, path: Path = CURRICULUM, reset: bool = False) -> LoadResult:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as problem:
        raise ActionRefused(f"Could not read the program file: {problem}", "invalid") from None
    return program_load(data=data, reset=reset)
