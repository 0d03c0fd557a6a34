"""What an author chose to keep from someone who joined after it was shared (see
amends.spaces.shareagain), with its version triggers (versioning.SECOND)."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

from amends.spaces import versioning


def _own_tables_only(statements: list[str]) -> list[str]:
    """The triggers of SECOND's tables, without those shared by every table (the new
    membership's numbers), which 0004 installed and this migration must not touch."""
    shared = ("amends_memberversion_new", "amends_space_version_grows")
    return [sql for sql in statements if not any(name in sql for name in shared)]


def install(apps, schema_editor):  # type: ignore[no-untyped-def]
    postgres = schema_editor.connection.vendor == "postgresql"
    make = versioning.postgresql_install if postgres else versioning.sqlite_install
    for sql in _own_tables_only(make(versioning.SECOND, versioning.AREAS_BEFORE_0009)):
        schema_editor.execute(sql, params=None)


def uninstall(apps, schema_editor):  # type: ignore[no-untyped-def]
    postgres = schema_editor.connection.vendor == "postgresql"
    drop = versioning.postgresql_uninstall if postgres else versioning.sqlite_uninstall
    for sql in _own_tables_only(drop(versioning.SECOND)):
        schema_editor.execute(sql, params=None)


class Migration(migrations.Migration):

    dependencies = [
        ('spaces', '0004_member_versions'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='KeptAsItWas',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('kind', models.CharField(max_length=32)),
                ('item_uid', models.UUIDField()),
                ('kept_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('author', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('membership', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='spaces.membership')),
            ],
            options={
                'constraints': [models.UniqueConstraint(fields=('membership', 'author', 'kind', 'item_uid'), name='kept_once_per_newcomer')],
            },
        ),
        migrations.RunPython(install, uninstall),
    ]
