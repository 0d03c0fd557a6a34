"""Export, deletion, the audit log and the hardening headers."""

import json

from django.test import Client
from django.urls import reverse

from amends.accounts.models import AuditEvent, User
from amends.journal.models import JournalEntry
from amends.journal.services import journal_entry_create
from amends.repair import services as repair
from amends.repair.models import AccountabilityStatement, Breach
from amends.spaces.selectors import space_roles
from tests.conftest import PASSWORD, Couple, client_for

MINE = "alex-private-7731 words only I know"
THEIRS = "jordan-private-5512 words only Jordan knows"


def test_export_has_everything_i_wrote_and_nothing_private_of_others(couple: Couple) -> None:
    journal_entry_create(space=couple.space, by=couple.alex, text=MINE)
    journal_entry_create(space=couple.space, by=couple.jordan, text=THEIRS)
    breach = repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="other",
        category_other="the lie",
        description="what happened",
    )
    repair.decision_set(breach=breach, by=couple.alex, choice="not_sure", note="my note")
    client = client_for(couple.alex)
    response = client.get(reverse("export_json"))
    assert response["Content-Disposition"].startswith("attachment;")
    document = json.loads(response.content)
    text = json.dumps(document)
    assert MINE in text and "my note" in text and "the lie" in text
    assert THEIRS not in text
    assert "enc1:" not in text
    html = client.get(reverse("export_html")).content.decode()
    assert MINE in html and THEIRS not in html
    assert AuditEvent.objects.filter(user=couple.alex, kind="export").count() == 2


def test_export_then_delete_then_log_in_again(couple: Couple) -> None:
    journal_entry_create(space=couple.space, by=couple.alex, text=MINE, visibility="partner")
    journal_entry_create(space=couple.space, by=couple.jordan, text=THEIRS)
    breach = repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="broken_promises",
        description="alex's description of the hurt",
    )
    repair.commitment_make(breach=breach, by=couple.alex, text="alex commits")
    repair.commitment_make(breach=breach, by=couple.jordan, text="jordan commits")
    repair.statement_write(
        breach=breach, by=couple.jordan, text="jordan's own statement", based_on_version=0
    )
    client = client_for(couple.alex)
    exported = client.get(reverse("export_json")).content.decode()
    assert MINE in exported and "alex commits" in exported

    wrong = client.post(reverse("delete_account"), {"password": "nope", "understood": "on"})
    assert "not right" in wrong.content.decode()
    assert User.objects.filter(pk=couple.alex.pk).exists()
    response = client.post(reverse("delete_account"), {"password": PASSWORD, "understood": "on"})
    assert response.status_code == 302
    assert "cookies" in response["Clear-Site-Data"]
    assert not User.objects.filter(email="alex@example.com").exists()
    login = Client().post(
        reverse("account_login"), {"login": "alex@example.com", "password": PASSWORD}
    )
    assert login.status_code == 200  # refused: the account is gone

    # Jordan keeps their own words; Alex's shared words are gone.
    assert JournalEntry.objects.get().text == THEIRS
    kept = Breach.objects.get(pk=breach.pk)
    assert kept.author == couple.jordan and "alex's description" not in kept.description
    assert AccountabilityStatement.objects.get().text == "jordan's own statement"
    jordan_page = (
        client_for(couple.jordan)
        .get(reverse("journal_list", args=[couple.space.uid]))
        .content.decode()
    )
    assert MINE not in jordan_page
    assert AuditEvent.objects.filter(kind="account_deleted", user=None).exists()


def test_professional_access_ends_with_the_space(couple: Couple) -> None:
    for who in (couple.alex, couple.jordan):
        client_for(who).post(reverse("delete_account"), {"password": PASSWORD, "understood": "on"})
    roles = space_roles(couple.space)
    assert not roles.professionals
    assert (
        client_for(couple.sam).get(reverse("space_home", args=[couple.space.uid])).status_code
        == 404
    )


def test_audit_log_records_security_events_without_content(couple: Couple) -> None:
    client = Client()
    client.post(reverse("account_login"), {"login": "alex@example.com", "password": "wrong"})
    client.post(reverse("account_login"), {"login": "alex@example.com", "password": PASSWORD})
    entry = journal_entry_create(space=couple.space, by=couple.alex, text=MINE)
    from amends.journal.services import journal_entry_update

    journal_entry_update(entry=entry, by=couple.alex, visibility="partner")
    kinds = set(AuditEvent.objects.values_list("kind", flat=True))
    assert {
        "login_failed",
        "login",
        "sharing_changed",
        "invite_created",
        "invite_accepted",
    } <= kinds
    for event in AuditEvent.objects.all():
        assert MINE not in str(event.__dict__)


def test_security_headers(couple: Couple, as_alex: Client) -> None:
    response = as_alex.get(reverse("journal_list", args=[couple.space.uid]))
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert "no-store" in response["Cache-Control"]
    logout = as_alex.post(reverse("account_logout"))
    assert logout.status_code == 302
    assert "storage" in logout["Clear-Site-Data"]


def test_privacy_page_says_what_the_operator_can_read(client: Client, db: None) -> None:
    html = client.get(reverse("privacy")).content.decode()
    assert "What the person running this server can and cannot read" in html


def test_charts_style_passes_csp_only_with_this_requests_nonce(couple: Couple) -> None:
    import re

    from amends.checkins import weeks
    from amends.checkins.models import MEASURE_KEYS
    from amends.checkins.services import checkin_record

    checkin_record(
        space=couple.space,
        by=couple.alex,
        week=weeks.this_monday(),
        scores=dict.fromkeys(MEASURE_KEYS, 4),
    )
    response = client_for(couple.alex).get(reverse("checkin_progress", args=[couple.space.uid]))
    html = response.content.decode()
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
    assert f'<style nonce="{nonce}"' in html
    assert "<style>" not in html and "<script" not in html.split("</head>")[1]


def test_readable_export_is_a_document_with_who_wrote_what(db: None) -> None:
    from tests.journey import make_people, marker, write_everything

    people = make_people()
    write_everything(people)
    alex_html = client_for(people.alex).get(reverse("export_html")).content.decode()
    assert "Leave quickly" in alex_html
    for label in (
        "repair.Question.answer",
        "repair.RepairAttempt.acknowledgement_note",
        "agreement.AgreementVersion.summary",
        "talk.Reply.text",
        "talk.Message.text",
    ):
        assert marker(label) in alex_html, label
    assert marker("professional.Note.text") not in alex_html
    assert marker("talk.CoachedDraft.content") not in alex_html  # a draft is not writing kept
    assert "carries_threat" not in alex_html and "enc1:" not in alex_html

    # Sam, their professional, finds their own notes, and only what was shared with them.
    sam_html = client_for(people.sam).get(reverse("export_html")).content.decode()
    assert marker("professional.Note.text") in sam_html
    assert marker("journal.JournalEntry.text") not in sam_html
    assert marker("repair.AttemptReflection.text") not in sam_html


def test_readable_export_after_leaving_holds_only_my_words(couple: Couple) -> None:
    from amends.spaces.services import space_leave

    journal_entry_create(space=couple.space, by=couple.alex, text=MINE, visibility="partner")
    journal_entry_create(space=couple.space, by=couple.jordan, text=THEIRS, visibility="partner")
    breach = repair.breach_record(
        space=couple.space,
        by=couple.jordan,
        i_was_hurt=True,
        category="broken_promises",
        description="jordan's description, shared",
    )
    repair.commitment_make(breach=breach, by=couple.alex, text="alex commits, shared")
    space_leave(space=couple.space, by=couple.alex)
    html = client_for(couple.alex).get(reverse("export_html")).content.decode()
    assert MINE in html and "alex commits, shared" in html
    assert THEIRS not in html and "jordan's description" not in html
    assert "left on" in html
