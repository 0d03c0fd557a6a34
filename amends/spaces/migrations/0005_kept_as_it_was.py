"""What an author chose to keep from someone who joined after it was shared (see
amends.spaces.shareagain), with its version triggers (versioning.SECOND)."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

from amends.core import versioning


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
        migrations.RunPython(*versioning.layer_triggers(versioning.SECOND, areas=versioning.AREAS_BEFORE_0009)),
    ]
