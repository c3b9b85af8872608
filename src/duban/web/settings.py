"""Django settings. SQLite in the data directory by default; PostgreSQL when DUBAN_DATABASE_URL is set.

Production is the default: DEBUG off, secure cookies, a secret key that must be given. `duban demo` sets
DUBAN_DEMO=1 before Django starts, which switches to a throwaway demo database served over plain HTTP.
"""

import os
from pathlib import Path

import dj_database_url

DEMO = os.environ.get("DUBAN_DEMO") == "1"
DATA_DIR = Path(os.environ.get("DUBAN_DATA_DIR", Path.home() / ".local" / "share" / "duban"))
SECRET_KEY = os.environ.get("DUBAN_SECRET_KEY", "duban-development-only-key")
DEBUG = os.environ.get("DUBAN_DEBUG") == "1"
ALLOWED_HOSTS = os.environ.get("DUBAN_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "simple_history",
    "django_htmx",
    "axes",
    # Listed so its Swagger page uses the bundled assets instead of a CDN.
    "ninja",
    "duban.web",
    "duban.accounts",
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
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "duban.web.urls"
WSGI_APPLICATION = "duban.web.wsgi.application"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "duban.web.permissions.actor_context",
            ]
        },
    }
]

DATABASE_URL = os.environ.get("DUBAN_DATABASE_URL")
if not DATABASE_URL:
    # The embedded default: a SQLite file in the data directory, created on first use.
    DATA_DIR.mkdir(parents=True, exist_ok=True)
SQLITE_NAME = "demo.sqlite3" if DEMO else "duban.sqlite3"
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL or f"sqlite:///{DATA_DIR / SQLITE_NAME}",
        conn_max_age=60,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
LANGUAGE_CODE = "zh-hans"
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
# Serve app static files straight from the package, so a fresh install needs no collectstatic.
WHITENOISE_USE_FINDERS = True
if not DATABASE_URL:
    STATIC_ROOT.mkdir(exist_ok=True)
MEDIA_ROOT = DATA_DIR / "media"

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Cookies travel over HTTPS only, except on the demo site (plain HTTP on loopback) or with DUBAN_DEBUG.
_secure = not (DEMO or DEBUG or os.environ.get("DUBAN_INSECURE_COOKIES") == "1")
SESSION_COOKIE_SECURE = _secure
CSRF_COOKIE_SECURE = _secure
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 8 * 3600
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("DUBAN_CSRF_TRUSTED_ORIGINS", "").split(",") if o]

# Login throttling: five failures lock the username from that address for 15 minutes.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked.html"
AXES_ENABLED = os.environ.get("DUBAN_AXES", "1") == "1"

# Attachments to a progress report: photos and PDF only, 10 MB each.
ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024
ATTACHMENT_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".pdf": "application/pdf",
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"django": {"handlers": ["console"], "level": "WARNING"}},
}
