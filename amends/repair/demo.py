"""A couple partway through a path, built with the same services the pages use."""

from datetime import timedelta

from django.utils import timezone

from amends.accounts.models import User
from amends.spaces.models import Space

from . import services


def load_demo_path(*, space: Space, hurt: User, injuring: User) -> None:
    breach = services.breach_record(
        space=space,
        by=hurt,
        i_was_hurt=True,
        category="infidelity_emotional",
        occurred_on=timezone.localdate() - timedelta(days=60),
        description=(
            "For months Jordan was messaging someone from work late at night and hid it. "
            "I found the messages in March."
        ),
        visibility="partner_and_professional",
    )
    services.decision_set(
        breach=breach,
        by=hurt,
        choice="not_sure",
        note="Some days I want to try. Some days I can't look at them.",
    )
    services.reflection_write(
        breach=breach,
        by=hurt,
        emotion="anger",
        text="I'm angry that I felt crazy for weeks while they told me nothing was going on.",
    )
    services.reflection_write(
        breach=breach,
        by=injuring,
        emotion="what_i_did",
        text="I liked being seen by someone new, and I chose to hide it instead of saying so.",
    )
    services.commitment_make(
        breach=breach, by=hurt, text="I will keep showing up, even when I'm not sure."
    )
    services.commitment_make(
        breach=breach,
        by=injuring,
        text="I will answer honestly, stop hiding, and do the work even when it's slow.",
        visibility="partner_and_professional",
    )
    first = services.statement_write(
        breach=breach,
        by=injuring,
        based_on_version=0,
        text=(
            "I had an emotional affair with a colleague for four months. I lied when you asked "
            "me about it. It was my choice and my responsibility."
        ),
    )
    services.statement_respond(
        statement=first,
        by=hurt,
        feels_complete=False,
        missing="You haven't said anything about the times you told me I was imagining it.",
    )
    answered = services.question_ask(breach=breach, by=hurt, text="Is it over? Completely?")
    services.question_answer(
        question=answered,
        by=injuring,
        answer="Yes. I told her on 2 April that it was over, and I have not replied since.",
    )
    services.question_ask(breach=breach, by=hurt, text="Did anyone else at work know?")
    services.attempt_offer(
        breach=breach,
        by=injuring,
        kind="transparency",
        text="My phone is open to you whenever you want to look, no questions asked.",
    )
    promise = services.promise_make(
        breach=breach, by=injuring, text="Phone stays in the kitchen after 10pm", rhythm="daily"
    )
    today = timezone.localdate()
    for days_ago, hurt_view in ((1, True), (2, False), (3, True)):
        day = today - timedelta(days=days_ago)
        services.promise_mark(promise=promise, by=injuring, occurrence=day, kept=True)
        services.promise_mark(promise=promise, by=hurt, occurrence=day, kept=hurt_view)
