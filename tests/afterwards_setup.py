"""A breach whose atonement steps are done, so the steps after it are open (Alex was hurt,
Jordan caused the hurt)."""

from amends.repair import services as repair
from amends.repair.models import Breach
from tests.conftest import Couple


def atoned(c: Couple, *, description: str = "what happened") -> Breach:
    breach = repair.breach_record(
        space=c.space,
        by=c.alex,
        i_was_hurt=True,
        category="broken_promises",
        description=description,
        visibility="partner_and_professional",
    )
    repair.commitment_make(breach=breach, by=c.alex, text="I will try.")
    repair.commitment_make(breach=breach, by=c.jordan, text="I will do the work.")
    statement = repair.statement_write(
        breach=breach, by=c.jordan, text="I did it, and it was wrong.", based_on_version=0
    )
    repair.statement_respond(statement=statement, by=c.alex, feels_complete=True)
    repair.impact_write(breach=breach, by=c.alex, text="It hurt deeply.", based_on_version=0)
    attempt = repair.attempt_offer(breach=breach, by=c.jordan, kind="apology", text="I'm sorry.")
    repair.attempt_acknowledge(attempt=attempt, by=c.alex, acknowledgement="accepted")
    return breach
