import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "amends.settings")
application = get_wsgi_application()

# The coach reads and compiles its rules on first use, not at import; a server does it
# now, so that nobody's first message waits for it (live feedback must stay quick).
from amends.coach.analyzer import warm  # noqa: E402

warm()
