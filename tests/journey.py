"""A couple, and their coach, who write into every field a person can write into.

Each field gets its own planted marker (`marker("app.Model.field")`), every choice is made,
and the check-in scores are distinctive. `assert_every_text_field_planted` fails when a new
encrypted text field is not written by this journey, so the dump and cache tests keep
covering everything people write.

Used in-process by the tests, and by `python -m tests.journey <dir>` (the SQLite file
test), which migrates a fresh file database, runs the journey, and copies the database
file and its write-ahead log while the connection is still open.
"""

import secrets
import shutil
import sys
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

PLANTED = "PLANTEDzq"
PASSWORD = "correct horse battery staple"
# Distinctive, and all different: a score that leaked would be recognisable.
SCORES = {
    "trust_partner": 6,
    "safe": 2,
    "avoid_urge": 7,
    "get_even_urge": 1,
    "goodwill": 5,
    "satisfaction": 3,
    "self_trust": 4,
}
EMAILS = ("alex.zq@example.com", "jordan.zq@example.com", "sam.zq@example.com")
# Encrypted fields that hold no words a person types: a JSON of yes/no answers.
NOT_TYPED = {
    "repair.SafetyCheck.answers",
    "triggers.Trigger.helped",
    "professional.Homework.source",  # chosen from a list (an exercise's key), not typed
    "checkins.TrumpTally.messages",  # message ids the coach found, not typed
    # Points chosen from the answers offered (the questionnaire is off in the journey; its
    # sealing is tested in tests/checkins/test_instrument.py).
    "checkins.InstrumentAnswer.answers",
    "disclosure.DetailChoice.levels",  # a JSON of choices from a list, not typed
    "ownpart.DayCheck.helped",  # keys chosen from a list, not typed
}


def marker(label: str) -> str:
    """One word (no spaces or punctuation), so text cleaning and the coach leave it whole."""
    return PLANTED + "".join(ch for ch in label if ch.isalnum())


@dataclass
class Journey:
    space: object
    alex: object
    jordan: object
    sam: object


def make_people() -> Journey:
    from allauth.account.models import EmailAddress

    from amends.accounts.models import User
    from amends.spaces import services

    people = []
    for email, name in zip(EMAILS, ("Alex", "Jordan", "Sam"), strict=True):
        user = User.objects.create_user(email, PASSWORD, display_name=name)
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        people.append(user)
    alex, jordan, sam = people
    space = services.space_create(by=alex, name=marker("spaces.Space.name"))
    link = services.partner_invite_create(space=space, by=alex)
    services.invite_accept(token=link.token, by=jordan)
    proposal = services.professional_invite_propose(space=space, by=alex)
    services.professional_approve(invite=proposal, by=jordan)
    pro_link = services.professional_link_create(invite=proposal, by=jordan)
    joined = services.invite_accept(token=pro_link.token, by=sam)
    # Each partner says yes to Sam's access once Sam has joined (docs/practice.md).
    for partner in (alex, jordan):
        services.professional_approve(invite=joined.invite, by=partner)
    return Journey(space, alex, jordan, sam)


def write_everything(j: Journey) -> None:
    """Everything, through the services the pages use. Alex was hurt; Jordan hurt them."""
    from django.utils import timezone

    from amends.agreement import services as agreement
    from amends.agreement.catalogue import GROUP_KEYS
    from amends.agreement.selectors import space_behaviours
    from amends.api.models import ApiToken
    from amends.api.tokens import hash_token
    from amends.checkins import services as checkins
    from amends.checkins import weeks
    from amends.journal.services import journal_entry_create
    from amends.professional.services import homework_assign, homework_note_write, note_write
    from amends.repair import services as repair
    from amends.talk import services as talk

    space, alex, jordan, sam = j.space, j.alex, j.jordan, j.sam
    m = marker
    shared = "partner_and_professional"

    now = timezone.now()
    ApiToken.objects.create(
        user=alex,
        key_id=secrets.token_hex(8),
        token_hash=hash_token("amends_" + secrets.token_urlsafe(32)),
        name=m("api.ApiToken.name"),
        created_at=now,
        expires_at=now + timedelta(days=1),
    )
    journal_entry_create(space=space, by=alex, text=m("journal.JournalEntry.text"))

    breach = repair.breach_record(
        space=space,
        by=alex,
        i_was_hurt=True,
        category="other",
        category_other=m("repair.Breach.category_other"),
        description=m("repair.Breach.description"),
        agreement_term=m("repair.Breach.agreement_term"),
        visibility=shared,
    )
    repair.safety_check_record(
        space=space,
        by=alex,
        feels_afraid=False,
        hurt_or_threatened=False,
        controlled=False,
        forced_sexual_contact=False,
    )
    repair.decision_set(breach=breach, by=alex, choice="rebuild", note=m("repair.Decision.note"))
    for person in (alex, jordan):
        repair.commitment_make(breach=breach, by=person, text=m("repair.Commitment.text"))
    repair.reflection_write(
        breach=breach, by=alex, emotion="grief", text=m("repair.Reflection.text")
    )
    statement = repair.statement_write(
        breach=breach,
        by=jordan,
        based_on_version=0,
        text=m("repair.AccountabilityStatement.text"),
    )
    repair.statement_respond(
        statement=statement,
        by=alex,
        feels_complete=False,
        missing=m("repair.StatementResponse.missing"),
    )
    question = repair.question_ask(breach=breach, by=alex, text=m("repair.Question.text"))
    repair.question_answer(question=question, by=jordan, answer=m("repair.Question.answer"))
    repair.disclosure_add(breach=breach, by=jordan, text=m("repair.Disclosure.text"))
    repair.impact_write(
        breach=breach, by=alex, based_on_version=0, text=m("repair.ImpactStatement.text")
    )
    attempt = repair.attempt_offer(
        breach=breach, by=jordan, kind="act_of_care", text=m("repair.RepairAttempt.text")
    )
    repair.attempt_acknowledge(
        attempt=attempt,
        by=alex,
        acknowledgement="declined",
        note=m("repair.RepairAttempt.acknowledgement_note"),
    )
    repair.attempt_reflect(attempt=attempt, by=alex, text=m("repair.AttemptReflection.text"))
    promise = repair.promise_make(
        breach=breach, by=jordan, text=m("repair.Promise.text"), rhythm="weekly"
    )
    yesterday = timezone.localdate() - timedelta(days=1)
    repair.promise_mark(promise=promise, by=alex, occurrence=yesterday, kept=False)
    repair.promise_mark(promise=promise, by=jordan, occurrence=yesterday, kept=True)
    repair.forgiveness_give(breach=breach, by=alex, text=m("repair.Forgiveness.text"))
    repair.outcome_record(
        breach=breach, by=alex, choice="part", text=m("repair.OutcomeStatement.text")
    )
    repair.self_trust_write(
        space=space, by=alex, exercise="know", text=m("repair.SelfTrustEntry.text")
    )

    custom = agreement.custom_behaviour_add(
        space=space, by=alex, wording=m("agreement.Behaviour.wording"), group=GROUP_KEYS[0]
    )
    ids = [b.uid for b in space_behaviours(space=space)]
    agreement.ratings_set(space=space, by=alex, ratings=dict.fromkeys(ids, "cheating"))
    agreement.ratings_set(space=space, by=jordan, ratings=dict.fromkeys(ids, "not_okay"))
    version = agreement.agreement_draft_start(space=space, by=alex)
    agreement.agreement_draft_save(
        version=version,
        by=alex,
        terms={custom.uid: ("talk", m("agreement.AgreementTerm.note"))},
        summary=m("agreement.AgreementVersion.summary"),
    )
    agreement.agreement_note_add(version=version, by=jordan, text=m("agreement.AgreementNote.text"))

    talk.message_send(space=space, by=jordan, text=m("talk.Message.text"), visibility=shared)
    # Brings back what Alex forgave: each partner's trump-card tally gets a row.
    talk.message_send(
        space=space, by=alex, text="Remember last year? You have no right to complain."
    )
    conversation = talk.conversation_start(
        space=space,
        by=alex,
        what_happened=m("talk.Conversation.what_happened"),
        how_i_felt=m("talk.Conversation.how_i_felt"),
        what_i_need=m("talk.Conversation.what_i_need"),
    )
    talk.conversation_reply(conversation=conversation, by=jordan, text=m("talk.Reply.text"))
    # What the coach spoke about, kept for its writer's next page (talk/drafts.py).
    talk.draft_keep(
        by=alex,
        space=space,
        path=f"/s/{space.uid}/talk/",
        fields={"text": [m("talk.CoachedDraft.content")]},
    )

    for person in (alex, jordan):
        checkins.checkin_record(
            space=space,
            by=person,
            week=weeks.this_monday(),
            scores=SCORES,
            note=m("checkins.CheckIn.note"),
            visibility=shared,
        )
        checkins.checkin_sharing_set(space=space, by=person, visibility=shared)
    note_write(space=space, by=sam, text=m("professional.Note.text"))
    # Own words: the first line is its title.
    (homework,) = homework_assign(
        space=space,
        by=sam,
        partners=[alex],
        source="own",
        text=f"{m('professional.Homework.title')} {m('professional.Homework.text')}",
    )
    homework_note_write(
        homework=homework, by=alex, text=m("professional.HomeworkNote.text"), share=True
    )
    from amends.professional.services import cohort_create, secrets_policy_set

    secrets_policy_set(by=sam, stance="own", words=m("professional.SecretsPolicy.words"))
    cohort_create(by=sam, name=m("professional.Cohort.name"), starts_on=timezone.localdate())

    from amends.triggers import services as triggers

    moment = triggers.trigger_log(
        space=space, by=alex, kind="song", strength=4, note=m("triggers.Trigger.note")
    )
    triggers.trigger_update(trigger=moment, by=alex, helped=["breathing", "partner"])
    triggers.hard_day_add(
        space=space,
        by=alex,
        label=m("triggers.HardDay.label"),
        day=timezone.localdate() - timedelta(days=300),
        plan=m("triggers.HardDay.plan"),
        visibility="partner",
    )
    triggers.response_save(
        space=space,
        for_person=alex,
        by=alex,
        what_helps=m("triggers.AgreedResponse.what_helps"),
        what_to_say=m("triggers.AgreedResponse.what_to_say"),
        what_not_to_say=m("triggers.AgreedResponse.what_not_to_say"),
    )
    triggers.signal_setting_set(space=space, by=alex, on=True)
    triggers.signal_send(space=space, by=alex)
    # After the repair: a path whose atonement is done, a part of each kind, a moment.
    from amends.afterwards import services as afterwards
    from tests.afterwards_setup import atoned

    after = atoned(j)  # type: ignore[arg-type]
    afterwards.part_save(
        breach=after,
        by=alex,
        kind="between_us",
        feelings=m("afterwards.Part.feelings"),
        realities=m("afterwards.Part.realities"),
        touched=m("afterwards.Part.touched"),
        own_part=m("afterwards.Part.own_part"),
        differently=m("afterwards.Part.differently"),
    )
    afterwards.part_save(
        breach=after,
        by=jordan,
        kind="vulnerable",
        text=m("afterwards.Part.text"),
        visibility=shared,
    )
    afterwards.bid_add(breach=after, by=alex, kind="ritual", text=m("afterwards.Bid.text"))
    afterwards.closeness_say(breach=after, by=alex, wants=True)

    from amends.transparency import services as transparency

    offer = transparency.offer_draft(
        space=space,
        by=jordan,
        act=m("transparency.Offer.act"),
        review_on=timezone.localdate() + timedelta(weeks=5),
    )
    offer = transparency.offer_make(offer=offer, by=jordan)
    transparency.offer_answer(offer=offer, by=alex, accept=True)
    transparency.pressure_note(offer=offer, by=alex, note=m("transparency.Pressure.note"))

    from amends.disclosure import services as disclosure

    disclosure.detail_choose(
        breach=breach,
        by=alex,
        levels={"who": "outline"},
        sexual_specifics=False,
        visibility="partner",
    )
    disclosure.account_part_write(
        breach=breach, by=jordan, part="when", text=m("disclosure.AccountPart.text")
    )
    disclosure.account_share(breach=breach, by=jordan)
    disclosure.message_draft(breach=breach, by=jordan, text=m("disclosure.NoContactMessage.text"))
    disclosure.message_show(breach=breach, by=jordan)
    disclosure.message_suggest(
        breach=breach, by=alex, text=m("disclosure.NoContactMessage.suggestion")
    )

    from amends.ownpart import services as ownpart

    repair.breach_record(
        space=space,
        by=alex,
        i_was_hurt=True,
        category="addiction_gambling",
        description=m("repair.Breach.description"),
    )
    ownpart.reflection_save(space=space, by=jordan, prompt="did", text=m("ownpart.Reflection.text"))
    ownpart.day_check(
        space=space,
        by=jordan,
        how="slipped",
        helped=["talked"],
        note=m("ownpart.DayCheck.note"),
    )
    from amends.ownpart.models import Slip

    slip = Slip.objects.get(space=space, author=jordan)
    ownpart.slip_tell(slip=slip, by=jordan, note=m("ownpart.Slip.told_note"))


def typed_fields() -> list[tuple[type, object]]:
    """(model, field) for every encrypted field a person types words into."""
    from django.apps import apps

    from amends.core.fields import EncryptedTextField, is_encrypted

    found = []
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            label = f"{model._meta.label}.{field.name}"
            if (
                is_encrypted(field)
                and type(field) is EncryptedTextField
                and not field.choices
                and label not in NOT_TYPED
            ):
                found.append((model, field))
    return found


def assert_every_text_field_planted() -> None:
    missing = []
    for model, field in typed_fields():
        label = f"{model._meta.label}.{field.name}"
        values = [getattr(obj, field.attname) for obj in model._default_manager.all()]
        if not any(isinstance(v, str) and marker(label) in v for v in values):
            missing.append(label)
    assert not missing, f"the journey writes nothing into {missing}: add a step for each"


def main(workdir: str) -> None:
    """Migrate a fresh SQLite file in `workdir`, run the journey, and copy the database and
    its write-ahead log (`snapshot.sqlite3`, `snapshot.sqlite3-wal`) before closing."""
    import os

    os.environ["AMENDS_ENV"] = "test"
    os.environ["AMENDS_VAR_DIR"] = workdir
    os.environ.pop("DATABASE_URL", None)
    os.environ.pop("AMENDS_CACHE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "amends.settings"
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    write_everything(make_people())
    assert_every_text_field_planted()
    database = Path(connection.settings_dict["NAME"])
    for suffix in ("", "-wal"):
        source = Path(f"{database}{suffix}")
        if source.exists():
            shutil.copyfile(source, Path(workdir) / f"snapshot.sqlite3{suffix}")
    print("journey written")


if __name__ == "__main__":
    main(sys.argv[1])
