"""The anchor's WSGI application: `gunicorn anchor.wsgi` with benchmarks/ on the path."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "anchor.settings")

application = get_wsgi_application()
