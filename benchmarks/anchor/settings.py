"""Settings of the anchor page (see benchmarks/anchor/__init__.py)."""

import os
from pathlib import Path

import environ

HERE = Path(__file__).resolve().parent

DEBUG = False
SECRET_KEY = os.environ.get("AMENDS_SECRET_KEY", "anchor-only-not-a-secret")
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = ["anchor"]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
]
ROOT_URLCONF = "anchor.views"
WSGI_APPLICATION = "anchor.wsgi.application"
DATABASES = {
    "default": {
        **environ.Env.db_url_config(
            os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/amends_bench")
        ),
        "CONN_MAX_AGE": 60,  # as the app's
        "CONN_HEALTH_CHECKS": True,
    }
}
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [HERE / "templates"],
        "APP_DIRS": False,
        "OPTIONS": {},  # DEBUG off: Django uses the cached loader
    }
]
USE_TZ = True
TIME_ZONE = "UTC"
LANGUAGE_CODE = "en"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
LOGGING_CONFIG = None
