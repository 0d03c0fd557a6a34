"""The account of a breach and the no-contact message (amends.disclosure), with their version
triggers (versioning.ELEVENTH).

It comes after every migration that installs or reinstalls version triggers (they drop and
install those of the tables that exist when they run)."""

import amends.core.fields
import django.db.models.deletion
import django.utils.timezone
import uuid
from django.conf import settings
from django.db import migrations, models

from amends.core import versioning

class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('transparency', '0001_initial'),
        ('repair', '0005_versions_to_revisit'),
        ('spaces', '0009_area_versions'),
        # After every migration that installs or reinstalls version triggers.
        ('agreement', '0005_made_together'),
        ('triggers', '0001_initial'),
        ('professional', '0003_homework'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='Account',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('visibility', models.CharField(choices=[('private', 'Only me'), ('partner', 'Me and my partner'), ('partner_and_professional', 'Me, my partner and our professional')], default='private', max_length=32)),
                ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('updated_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('shared_at', models.DateTimeField(blank=True, null=True)),
                ('uid', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('writer_signed_at', models.DateTimeField(blank=True, null=True)),
                ('reader_signed_at', models.DateTimeField(blank=True, null=True)),
                ('author', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('breach', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='repair.breach')),
                ('space', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='spaces.space')),
            ],
            options={
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='NoContactMessage',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('visibility', models.CharField(choices=[('private', 'Only me'), ('partner', 'Me and my partner'), ('partner_and_professional', 'Me, my partner and our professional')], default='private', max_length=32)),
                ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('updated_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('shared_at', models.DateTimeField(blank=True, null=True)),
                ('uid', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('text', amends.core.fields.EncryptedTextField()),
                ('suggestion', amends.core.fields.EncryptedTextField(blank=True)),
                ('suggested_at', models.DateTimeField(blank=True, null=True)),
                ('accepted_at', models.DateTimeField(blank=True, null=True)),
                ('sent_at', models.DateTimeField(blank=True, null=True)),
                ('author', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('breach', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='repair.breach')),
                ('space', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='spaces.space')),
                ('suggested_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='AccountPart',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('uid', models.UUIDField(default=uuid.uuid4, editable=False, unique=True)),
                ('part', models.CharField(choices=[('when', 'When it started, and how long it went on'), ('who', 'Who it was with'), ('hidden', 'What was hidden, and how'), ('cost', 'Money and time it took'), ('contact', 'What contact there still is'), ('other', 'Anything else')], max_length=16)),
                ('text', amends.core.fields.EncryptedTextField()),
                ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('updated_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('account', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='parts', to='disclosure.account')),
            ],
            options={
                'constraints': [models.UniqueConstraint(fields=('account', 'part'), name='one_account_part_each')],
            },
        ),
        migrations.CreateModel(
            name='DetailChoice',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('visibility', models.CharField(choices=[('private', 'Only me'), ('partner', 'Me and my partner'), ('partner_and_professional', 'Me, my partner and our professional')], default='private', max_length=32)),
                ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('updated_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('shared_at', models.DateTimeField(blank=True, null=True)),
                ('uid', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('levels', amends.core.fields.EncryptedTextField()),
                ('sexual_specifics', amends.core.fields.EncryptedBooleanField()),
                ('author', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('breach', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='repair.breach')),
                ('space', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='spaces.space')),
            ],
            options={
                'constraints': [models.UniqueConstraint(fields=('breach', 'author'), name='one_detail_choice_each')],
            },
        ),
        migrations.RunPython(*versioning.layer_triggers(versioning.ELEVENTH)),
    ]
