"""All settings, driven by environment variables.

Development needs none: SQLite in ./var, console e-mail, DEBUG on.
Production (AMENDS_ENV=production) refuses to start without a secret key and
allowed hosts, and passes `amends check --deploy --fail-level WARNING`.
"""

import os
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent

env = environ.Env()

AMENDS_ENV = env.str("AMENDS_ENV", default="development")
if AMENDS_ENV not in {"development", "production", "test"}:
    raise ImproperlyConfigured("AMENDS_ENV must be development, production or test.")
PRODUCTION = AMENDS_ENV == "production"

VAR_DIR = Path(env.str("AMENDS_VAR_DIR", default=str(PROJECT_DIR / "var")))

if PRODUCTION:
    try:
        SECRET_KEY = env.str("AMENDS_SECRET_KEY")
        ALLOWED_HOSTS = env.list("AMENDS_ALLOWED_HOSTS")
    except ImproperlyConfigured as missing:
        raise ImproperlyConfigured(
            "Production mode needs AMENDS_SECRET_KEY and AMENDS_ALLOWED_HOSTS. " + str(missing)
        ) from missing
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("AMENDS_ALLOWED_HOSTS is empty.")
    AMENDS_ENCRYPTION_KEYS = env.list("AMENDS_ENCRYPTION_KEYS", default=[])
    if not AMENDS_ENCRYPTION_KEYS:
        raise ImproperlyConfigured(
            "Production mode needs AMENDS_ENCRYPTION_KEYS (see docs/operations.md). "
            "Make one with: amends reencrypt --new-key"
        )
    DEBUG = False
else:
    SECRET_KEY = env.str(
        "AMENDS_SECRET_KEY", default="development-only-key-never-use-in-production-0123456789"
    )
    ALLOWED_HOSTS = env.list("AMENDS_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
    DEBUG = env.bool("AMENDS_DEBUG", default=AMENDS_ENV == "development")
    # Empty: a key derived from SECRET_KEY (development and tests only).
    AMENDS_ENCRYPTION_KEYS = env.list("AMENDS_ENCRYPTION_KEYS", default=[])

INSTALLED_APPS = [
    # The operator's admin, entered only through the everyday log-in with two-step log-in
    # (amends/accounts/admin_site.py).
    "amends.accounts.admin_site.OperatorAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "django_tasks_db",
    "amends.accounts",
    "amends.core",
    "amends.spaces",
    "amends.journal",
    "amends.repair",
    "amends.agreement",
    "amends.talk",
    "amends.checkins",
    "amends.program",
    "amends.api",
    "amends.professional",
    "amends.safety",
    "amends.triggers",
    "amends.afterwards",
    "amends.transparency",
    "amends.ownpart",
    "amends.disclosure",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    # What the journal lock guards asks for the password again (amends/accounts/reauth.py).
    "amends.accounts.reauth.ReauthenticationMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "amends.core.middleware.PrivacyHeadersMiddleware",
    # No blank 405: a calm page that says nothing was saved (amends/core/middleware.py).
    "amends.core.middleware.MethodNotAllowedMiddleware",
    # A refusal no view caught becomes a message and a redirect, never a 500.
    "amends.core.refusals.RefusalMiddleware",
]

# No inline script or style anywhere: everything comes from our own static files.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    # Charts carry their own <style>; it is let through by this request's nonce only.
    "style-src": [CSP.SELF, CSP.NONCE],
    "img-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}

ROOT_URLCONF = "amends.urls"
WSGI_APPLICATION = "amends.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                "amends.core.context_processors.amends",
            ],
        },
    }
]

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'amends.sqlite3'}")
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # WAL lets the task worker and the web server write without blocking readers.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
else:
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("AMENDS_DB_CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis holds every value sealed and bound to its key (amends/core/cache.py): nothing readable.
CACHES = {
    "default": env.cache_url("AMENDS_CACHE_URL", default="locmemcache://amends")
    if not env.str("AMENDS_CACHE_URL", default="").startswith("redis")
    else {
        "BACKEND": "amends.core.cache.SealedRedisCache",
        "LOCATION": env.str("AMENDS_CACHE_URL"),
    }
}

# With a cache every app server shares (Redis), sessions are read from it and written
# through to the database; a per-process cache would let a session signed out on one server
# live on in another, so then sessions come from the database alone. Either way a session
# is sealed at rest and keeps ids only (amends/sessions).
SESSION_ENGINE = (
    "amends.sessions.cached_db"
    if CACHES["default"]["BACKEND"].endswith("RedisCache")
    else "amends.sessions.db"
)
# Space pages one person sees are kept this long while nothing in the space changes
# (amends/core/pagecache.py); 0 turns the keeping off.
AMENDS_PAGE_CACHE_SECONDS = env.int("AMENDS_PAGE_CACHE_SECONDS", default=300)

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "amends.accounts.validators.MaximumLengthValidator"},
]

LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_LOGOUT_REDIRECT_URL = "landing"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = env.str("AMENDS_EMAIL_VERIFICATION", default="mandatory")
ACCOUNT_SIGNUP_FORM_CLASS = "amends.accounts.forms.SignupDetailsForm"
ACCOUNT_FORMS = {
    "login": "amends.accounts.forms.LoginForm",
    "signup": "amends.accounts.allauthforms.SignupForm",
    "reset_password": "amends.accounts.allauthforms.ResetPasswordForm",
    # Reset links name the person by their random uid (adapter.send_password_reset_mail).
    "user_token": "amends.accounts.resetlink.UserTokenForm",
}
# Confirmation keys are random and stored, not allauth's HMAC keys: those are the address's
# primary key, signed but readable (base64), and public ids are never sequential.
ACCOUNT_EMAIL_CONFIRMATION_HMAC = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "Amends: "
ACCOUNT_PREVENT_ENUMERATION = True
# A neutral notice to the account's own address when its password or e-mail changes.
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "login": "30/m/ip",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
}
ACCOUNT_ADAPTER = "amends.accounts.adapter.AccountAdapter"
# Ending other sessions ends the API tokens too (amends.accounts.services).
USERSESSIONS_ADAPTER = "amends.accounts.adapter.UserSessionsAdapter"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Amends"
# Tracking activity would write on every request; the session list shows when and where instead.
USERSESSIONS_TRACK_ACTIVITY = False

# E-mail: console in development; AMENDS_EMAIL_URL (smtp+tls://user:pass@host:587) in production.
if env.str("AMENDS_EMAIL_URL", default=""):
    _smtp = env.email_url("AMENDS_EMAIL_URL")
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": _smtp["EMAIL_HOST"],
                "port": _smtp["EMAIL_PORT"],
                "username": _smtp["EMAIL_HOST_USER"],
                "password": _smtp["EMAIL_HOST_PASSWORD"],
                "use_tls": _smtp.get("EMAIL_USE_TLS", False),
                "use_ssl": _smtp.get("EMAIL_USE_SSL", False),
            },
        }
    }
elif PRODUCTION:
    # A local mail relay (postfix, msmtpd) is the common self-hosting set-up.
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "localhost", "port": 25},
        }
    }
else:
    MAILERS = {
        "default": {
            "BACKEND": env.str(
                # Printed where the server runs, links whole (see amends/core/mail.py).
                "AMENDS_EMAIL_BACKEND",
                default="amends.core.mail.ReadableConsoleBackend",
            )
        }
    }
DEFAULT_FROM_EMAIL = env.str("AMENDS_FROM_EMAIL", default="Amends <no-reply@localhost>")

TASKS = {
    "default": {
        "BACKEND": env.str("AMENDS_TASKS_BACKEND", default="django_tasks_db.DatabaseBackend")
    }
}

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env.str("AMENDS_STATIC_ROOT", default=str(VAR_DIR / "static")))
if not PRODUCTION:
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
# same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on form posts,
# which Django's CSRF check rightly refuses. Other sites still get no referrer.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env.bool("AMENDS_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = env.int("AMENDS_HSTS_SECONDS", default=60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env.bool("AMENDS_HSTS_PRELOAD", default=True)
    if env.bool("AMENDS_BEHIND_PROXY", default=False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    CSRF_TRUSTED_ORIGINS = env.list("AMENDS_CSRF_TRUSTED_ORIGINS", default=[])

# Where the quick-exit control sends a person: an ordinary, neutral page.
AMENDS_QUICK_EXIT_URL = env.str(
    "AMENDS_QUICK_EXIT_URL", default="https://www.google.com/search?q=weather+tomorrow"
)
AMENDS_INVITE_DAYS = 7

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    # Request bodies hold intimate text: never log them, only that an error happened.
    "loggers": {"django.request": {"handlers": ["console"], "level": "ERROR"}},
}

if AMENDS_ENV == "test":
    if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
        # A file, as in production (WAL, writers wait their turn), not a shared in-memory
        # database: there concurrent writers fail at once ("table is locked"), which no
        # deployment does, and tests/core/test_parallel_forms.py sends posts at the same time.
        # One file per test run, so two runs side by side never share one.
        DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")}
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"
