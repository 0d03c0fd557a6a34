"""The choices people make on a path sealed at rest, like the hurt partner's decision
already is: the kind of breach, the emotion reflected on, a repair attempt's kind and its
answer, a promise's rhythm and each partner's "kept" or "not kept", whether a statement
felt complete, and the outcome. Existing rows are sealed here."""

import uuid

from django.db import migrations, models

import amends.core.fields
from amends.core import sealing
from amends.core.versioning import AREAS_BEFORE_0009 as AREAS

SEALED = {
    "breach": ("category",),
    "reflection": ("emotion",),
    "repairattempt": ("kind", "acknowledgement"),
    "promise": ("rhythm",),
    "outcomestatement": ("choice",),
    "promisemark": ("kept",),
    "statementresponse": ("feels_complete",),
}


class Migration(migrations.Migration):
    dependencies = [
        ("repair", "0003_shared_at"),
        ("spaces", "0005_kept_as_it_was"),
    ]

    operations = [
        migrations.RunPython(*sealing.sqlite_triggers_off_then_on(areas=AREAS)),
        migrations.AddField(
            model_name="promisemark", name="uid", field=models.UUIDField(editable=False, null=True)
        ),
        migrations.AlterField(
            model_name="promisemark", name="kept", field=amends.core.fields.EncryptedBooleanField()
        ),
        migrations.AlterField(
            model_name="statementresponse",
            name="feels_complete",
            field=amends.core.fields.EncryptedBooleanField(),
        ),
        migrations.AlterField(
            model_name="breach",
            name="category",
            field=amends.core.fields.EncryptedTextField(
                choices=[
                    ("infidelity_sexual", "Infidelity: sexual"),
                    ("infidelity_emotional", "Infidelity: emotional"),
                    ("broken_promises", "Broken promises"),
                    ("no_responsibility", "Not taking responsibility"),
                    ("harsh_words", "Criticism or harsh words behind my back"),
                    ("addiction_alcohol", "Addictive behaviour: alcohol"),
                    ("addiction_drugs", "Addictive behaviour: drugs"),
                    ("addiction_porn", "Addictive behaviour: porn"),
                    ("addiction_gambling", "Addictive behaviour: gambling"),
                    ("addiction_other", "Addictive behaviour: something else"),
                    ("other", "Something else (in your own words)"),
                ]
            ),
        ),
        migrations.AlterField(
            model_name="outcomestatement",
            name="choice",
            field=amends.core.fields.EncryptedTextField(
                choices=[("recommit", "Recommit to each other"), ("part", "Part, with respect")]
            ),
        ),
        migrations.AlterField(
            model_name="promise",
            name="rhythm",
            field=amends.core.fields.EncryptedTextField(
                choices=[
                    ("once", "Once, by a date"),
                    ("daily", "Every day"),
                    ("weekly", "Every week"),
                ],
                default="once",
            ),
        ),
        migrations.AlterField(
            model_name="reflection",
            name="emotion",
            field=amends.core.fields.EncryptedTextField(
                choices=[
                    ("anger", "Anger"),
                    ("resentment", "Resentment"),
                    ("hurt", "Hurt"),
                    ("pain", "Pain"),
                    ("grief", "Grief"),
                    ("shame", "Shame"),
                    ("fear", "Fear"),
                    ("what_i_did", "What I did, and why"),
                ]
            ),
        ),
        migrations.AlterField(
            model_name="repairattempt",
            name="acknowledgement",
            field=amends.core.fields.EncryptedTextField(
                blank=True,
                choices=[
                    ("accepted", "I accept this"),
                    ("not_ready", "I noticed it, and I'm not ready yet"),
                    ("declined", "I decline this"),
                ],
            ),
        ),
        migrations.AlterField(
            model_name="repairattempt",
            name="kind",
            field=amends.core.fields.EncryptedTextField(
                choices=[
                    ("apology", "An apology"),
                    ("transparency", "Being open (phone, messages, whereabouts)"),
                    ("ended_contact", "Ending contact with the other person"),
                    ("act_of_care", "An act of care"),
                    ("support", "Getting help (a group, a counsellor, treatment)"),
                    ("other", "Something else"),
                ]
            ),
        ),
        migrations.RunPython(
            *sealing.fill_uids_and_seal("repair", SEALED, new_uids=("promisemark",))
        ),
        migrations.AlterField(
            model_name="promisemark",
            name="uid",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.RunPython(*sealing.sqlite_triggers_on_then_off(areas=AREAS)),
    ]
