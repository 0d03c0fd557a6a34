"""Data for the screens in test_pages.py's SCREENS that need more than a journal: a repair
path with something in every step, an everyday hurt, check-ins, the agreement catalogue and
the program. Each helper takes the sweep's ``World`` and returns a path; what it needs is
made on first use and found again afterwards (one world is shared by a whole sweep).

Made through the services, as a person would through the pages.
"""

from collections.abc import Callable
from importlib import import_module
from io import StringIO
from typing import Any

from django.apps import apps
from django.core.management import call_command

from amends.checkins import services as checkins
from amends.checkins.models import MEASURE_KEYS, CheckIn
from amends.checkins.weeks import this_monday
from amends.program.models import ProgramWeek
from amends.repair import services as repair
from amends.repair.models import Breach
from amends.talk import services as talk
from amends.talk.models import Conversation

World = Any  # test_pages.World; not imported, to keep this module free of test modules


def breach_id(w: World) -> str:
    """Alex was hurt; both have committed, so every step is open, and most have something
    in them: a statement waiting for Alex's answer, a question waiting for Jordan's, a
    repair attempt waiting for Alex's answer, a promise."""
    couple = w.couple
    found = Breach.objects.filter(space=couple.space).first()
    if found:
        return str(found.uid)
    breach = repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="broken_promises",
        description="Jordan promised to be home for my birthday dinner and did not come.",
        visibility="partner",
    )
    repair.reflection_write(breach=breach, by=couple.alex, emotion="hurt", text="It stung.")
    repair.commitment_make(breach=breach, by=couple.alex, text="I will do the work with you.")
    repair.commitment_make(breach=breach, by=couple.jordan, text="I want to rebuild trust.")
    repair.statement_write(
        breach=breach,
        by=couple.jordan,
        text="I forgot your birthday dinner. It was my responsibility, and I am sorry.",
        based_on_version=0,
    )
    repair.question_ask(breach=breach, by=couple.alex, text="Were you with anyone else?")
    repair.attempt_offer(
        breach=breach, by=couple.jordan, kind="act_of_care", text="I cooked your favourite meal."
    )
    repair.promise_make(
        breach=breach, by=couple.jordan, text="Our plans go in the calendar.", rhythm="daily"
    )
    return str(breach.uid)


def path_step(step: str) -> Callable[[World], str]:
    """The path to one step page of the seeded path ("" for the path's own page)."""

    def path(w: World) -> str:
        return f"/s/{w.space_id}/path/{breach_id(w)}/" + (f"{step}/" if step else "")

    return path


def hurt_path(w: World) -> str:
    """An everyday hurt Alex has started and Jordan has not answered yet."""
    couple = w.couple
    conversation = Conversation.objects.filter(space=couple.space).first()
    if conversation is None:
        conversation = talk.conversation_start(
            space=couple.space,
            by=couple.alex,
            what_happened="You left the party early without saying goodbye.",
            how_i_felt="I felt sad.",
            what_i_need="A goodbye next time.",
        )
    return f"/s/{w.space_id}/talk/hurts/{conversation.uid}/"


def share_again_path(w: World) -> str:
    """A journal entry Alex shared while alone in the space, before Jordan joined: Alex
    chooses whether Jordan may read it."""
    from amends.journal.models import JournalEntry
    from amends.journal.services import journal_entry_create
    from amends.spaces.selectors import space_roles
    from amends.spaces.shareagain import shared_before_joining

    couple = w.couple
    if not shared_before_joining(viewer=couple.alex, roles=space_roles(couple.space)).everything:
        entry = journal_entry_create(
            space=couple.space,
            by=couple.alex,
            text="The night I found out, I could not sleep. I walked until it was light.",
            visibility="partner",
        )
        JournalEntry.objects.filter(pk=entry.pk).update(
            created_at=couple.space.created_at, shared_at=None
        )
    return f"/s/{w.space_id}/people/share-again/"


def agreement_path(rest: str = "") -> Callable[[World], str]:
    """An agreement page; the catalogue of behaviours comes from a data migration that an
    earlier live-server test may have flushed away, so it is put back first."""

    def path(w: World) -> str:
        import_module("amends.agreement.migrations.0002_catalogue").sync_catalogue(apps, None)
        return f"/s/{w.space_id}/agreement/{rest}"

    return path


def progress_path(w: World) -> str:
    """Jordan's progress: this week's check-in, shared with Alex and Sam (so it also
    shows on Alex's progress page and on Sam's page for the couple)."""
    couple = w.couple
    if not CheckIn.objects.filter(space=couple.space, author=couple.jordan).exists():
        checkins.checkin_record(
            space=couple.space,
            by=couple.jordan,
            week=this_monday(),
            scores=dict.fromkeys(MEASURE_KEYS, 4),
            note="A steadier week.",
            visibility="partner",
        )
        checkins.checkin_sharing_set(
            space=couple.space, by=couple.jordan, visibility="partner_and_professional"
        )
    return f"/s/{w.space_id}/checkins/progress/"


def program_path(w: World) -> str:
    if not ProgramWeek.objects.exists():
        call_command("load_program", stdout=StringIO())
    return f"/s/{w.space_id}/program/"


def professional_path(w: World) -> str:
    """Sam's page for the couple, with Jordan's shared check-ins and a path to show."""
    progress_path(w)
    breach_id(w)
    return f"/s/{w.space_id}/couple/"


def homework_path(w: World) -> str:
    """Alex's homework from Sam, with a few words kept and a few shared."""
    from amends.professional import services as professional

    (homework,) = professional.homework_assign(
        space=w.couple.space,
        by=w.couple.sam,
        partners=[w.couple.alex],
        source="step:impact",
        text="Write it when you feel steady, not in the middle of a hard evening.",
    )
    professional.homework_note_write(homework=homework, by=w.couple.alex, text="Not yet.")
    professional.homework_note_write(
        homework=homework, by=w.couple.alex, text="I started.", share=True
    )
    return f"/s/{w.space_id}/homework/{homework.uid}/"


def practice_path(w: World) -> str:
    """Sam's caseload: the couple with shared check-ins, a path and homework."""
    professional_path(w)
    homework_path(w)
    return "/practice/"


def triggers_path(rest: str = "") -> Callable[[World], str]:
    """Hard moments: Alex's log over some weeks, a day marked, what helps written with
    Jordan, and the signal on and sent (so Jordan's pages show it)."""

    def path(w: World) -> str:
        from datetime import timedelta

        from django.utils import timezone

        from amends.triggers import services as triggers
        from amends.triggers.models import Trigger

        couple = w.couple
        if not Trigger.objects.filter(space=couple.space).exists():
            for days_ago, strength in ((20, 5), (13, 4), (6, 3), (0, 2)):
                moment = triggers.trigger_log(
                    space=couple.space, by=couple.alex, kind="song", strength=strength
                )
                triggers.trigger_update(trigger=moment, by=couple.alex, helped=["breathing"])
                Trigger.objects.filter(pk=moment.pk).update(
                    created_at=timezone.now() - timedelta(days=days_ago)
                )
            triggers.hard_day_add(
                space=couple.space,
                by=couple.alex,
                label="The day I found out",
                day=timezone.localdate() + timedelta(days=4),
                plan="A walk with my sister.",
                visibility="partner",
            )
            triggers.response_save(
                space=couple.space,
                for_person=couple.alex,
                by=couple.alex,
                what_helps="Sit with me.",
                what_to_say="I'm here.",
                what_not_to_say="Not again.",
            )
            triggers.signal_setting_set(space=couple.space, by=couple.alex, on=True)
            triggers.signal_send(space=couple.space, by=couple.alex)
        return f"/s/{w.space_id}/triggers/{rest}"

    return path
