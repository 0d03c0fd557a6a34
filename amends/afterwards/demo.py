"""The demo couple, partway through the steps after atonement: an older, smaller hurt whose
repair is done. Both shared their side of what happened between them; Alex asked for the
comfort they needed and Jordan has not answered yet; Jordan keeps a draft about what made
them vulnerable; a few small moments noted. Built with the services the pages use."""

from amends.accounts.models import User
from amends.repair import services as repair
from amends.spaces.models import Space
from amends.spaces.visibility import Visibility

from . import services


def load_demo_afterwards(*, space: Space, alex: User, jordan: User) -> None:
    breach = repair.breach_record(
        space=space,
        by=alex,
        i_was_hurt=True,
        category="broken_promises",
        description="Jordan missed my mother's birthday dinner for work, after promising.",
        visibility=Visibility.PARTNER_AND_PROFESSIONAL,
    )
    repair.commitment_make(breach=breach, by=alex, text="I'll say what I need, plainly.")
    repair.commitment_make(breach=breach, by=jordan, text="I'll keep the promises I make.")
    statement = repair.statement_write(
        breach=breach,
        by=jordan,
        based_on_version=0,
        text="I chose work over a promise to you, and I didn't even call. That was on me.",
    )
    repair.statement_respond(statement=statement, by=alex, feels_complete=True)
    repair.impact_write(
        breach=breach,
        by=alex,
        based_on_version=0,
        text="I sat there explaining your empty chair. I felt like I came last.",
    )
    attempt = repair.attempt_offer(
        breach=breach,
        by=jordan,
        kind="apology",
        text="I'm sorry. I've taken your mother to lunch, just the two of us, to apologise too.",
    )
    repair.attempt_acknowledge(attempt=attempt, by=alex, acknowledgement="accepted")
    services.part_save(
        breach=breach,
        by=alex,
        kind="between_us",
        visibility=Visibility.PARTNER,
        feelings="Embarrassed, then lonely.",
        realities="I'd told you three times that night mattered to me.",
        touched="Being the one who always waits.",
        own_part="I didn't tell you how much it mattered until it was too late to fix.",
        differently="Say it early and plainly: 'this one matters to me'.",
    )
    services.part_save(
        breach=breach,
        by=jordan,
        kind="between_us",
        visibility=Visibility.PARTNER,
        feelings="Guilty, and defensive when you were upset.",
        realities="I told myself you'd understand, so I didn't have to choose.",
        touched="My fear of letting people down at work.",
        own_part="I broke the promise and didn't call. No excuse.",
        differently="Call the moment I know I'm running late, whatever it costs me at work.",
    )
    services.part_save(
        breach=breach,
        by=jordan,
        kind="vulnerable",
        text="We'd stopped talking about our weeks. I was drowning at work and kept it to myself.",
    )
    services.part_save(
        breach=breach,
        by=alex,
        kind="comfort_ask",
        visibility=Visibility.PARTNER,
        text="That night, I needed you to call me and say you were sorry before I found out "
        "from your silence. I still need to hear that I matter more than the job.",
    )
    services.bid_add(
        breach=breach,
        by=jordan,
        kind="appreciation",
        text="Thank you for telling me plainly what you needed.",
    )
    services.bid_add(
        breach=breach,
        by=alex,
        kind="ritual",
        text="Ten minutes on the step with a tea, after work, phones inside.",
    )
