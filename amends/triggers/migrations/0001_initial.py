"""Hard moments (amends.triggers), with their version triggers (versioning.FOURTH).

It comes after every migration that rebuilds a tracked table on SQLite: those drop and
install the version triggers of the tables that exist when they run."""

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
        ('spaces', '0008_partner_left'),
        ('accounts', '0005_user_session_stamp'),
        ('agreement', '0005_made_together'),
        ('spaces', '0009_area_versions'),
        ('checkins', '0003_sealed'),
        ('repair', '0004_sealed'),
        ('talk', '0005_coached_draft'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='AgreedResponse',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('visibility', models.CharField(choices=[('private', 'Only me'), ('partner', 'Me and my partner'), ('partner_and_professional', 'Me, my partner and our professional')], default='private', max_length=32)),
                ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('updated_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('shared_at', models.DateTimeField(blank=True, null=True)),
                ('uid', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('what_helps', amends.core.fields.EncryptedTextField(blank=True)),
                ('what_to_say', amends.core.fields.EncryptedTextField(blank=True)),
                ('what_not_to_say', amends.core.fields.EncryptedTextField(blank=True)),
                ('author_agreed_at', models.DateTimeField(blank=True, null=True)),
                ('partner_agreed_at', models.DateTimeField(blank=True, null=True)),
                ('author', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('changed_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('space', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='spaces.space')),
            ],
            options={
                'constraints': [models.UniqueConstraint(fields=('space', 'author'), name='one_agreed_response_each')],
            },
        ),
        migrations.CreateModel(
            name='HardDay',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('visibility', models.CharField(choices=[('private', 'Only me'), ('partner', 'Me and my partner'), ('partner_and_professional', 'Me, my partner and our professional')], default='private', max_length=32)),
                ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('updated_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('shared_at', models.DateTimeField(blank=True, null=True)),
                ('uid', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('label', amends.core.fields.EncryptedTextField()),
                ('day', amends.core.fields.EncryptedDateField()),
                ('every_year', amends.core.fields.EncryptedBooleanField()),
                ('plan', amends.core.fields.EncryptedTextField(blank=True)),
                ('author', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('space', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='spaces.space')),
            ],
            options={
                'indexes': [models.Index(fields=['space', 'author'], name='triggers_ha_space_i_0e4e95_idx')],
            },
        ),
        migrations.CreateModel(
            name='Signal',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('visibility', models.CharField(choices=[('private', 'Only me'), ('partner', 'Me and my partner'), ('partner_and_professional', 'Me, my partner and our professional')], default='private', max_length=32)),
                ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('updated_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('shared_at', models.DateTimeField(blank=True, null=True)),
                ('uid', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('seen_at', models.DateTimeField(blank=True, null=True)),
                ('author', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('space', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='spaces.space')),
            ],
            options={
                'indexes': [models.Index(fields=['space', 'author', '-created_at'], name='triggers_si_space_i_2382f0_idx')],
            },
        ),
        migrations.CreateModel(
            name='SignalSetting',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('visibility', models.CharField(choices=[('private', 'Only me'), ('partner', 'Me and my partner'), ('partner_and_professional', 'Me, my partner and our professional')], default='private', max_length=32)),
                ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('updated_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('shared_at', models.DateTimeField(blank=True, null=True)),
                ('uid', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('author', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('space', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='spaces.space')),
            ],
            options={
                'constraints': [models.UniqueConstraint(fields=('space', 'author'), name='one_signal_setting_each')],
            },
        ),
        migrations.CreateModel(
            name='Trigger',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('visibility', models.CharField(choices=[('private', 'Only me'), ('partner', 'Me and my partner'), ('partner_and_professional', 'Me, my partner and our professional')], default='private', max_length=32)),
                ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('updated_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('shared_at', models.DateTimeField(blank=True, null=True)),
                ('uid', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('kind', amends.core.fields.EncryptedTextField(choices=[('place', 'A place'), ('song', 'A song, a sound or a smell'), ('date', 'A date or a time of year'), ('phone', 'A phone, a message, a screen'), ('person', 'Someone I saw or heard about'), ('thought', 'A thought or a picture in my head'), ('other', 'Something else')])),
                ('strength', amends.core.fields.EncryptedIntegerField()),
                ('note', amends.core.fields.EncryptedTextField(blank=True)),
                ('helped', amends.core.fields.EncryptedTextField(blank=True)),
                ('author', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('space', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='spaces.space')),
            ],
            options={
                'indexes': [models.Index(fields=['space', 'author', '-created_at'], name='triggers_tr_space_i_6c6711_idx')],
            },
        ),
        migrations.RunPython(*versioning.layer_triggers(versioning.FOURTH)),
    ]
