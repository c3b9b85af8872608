"""Django settings. SQLite in the data directory by default; PostgreSQL when DUBAN_DATABASE_URL is set.

Production is the default: DEBUG off, secure cookies, a secret key that must be given (DUBAN_SECRET_KEY;
without it these settings refuse to load). `duban demo` sets DUBAN_DEMO=1 before Django starts, which switches
to a throwaway demo database served over plain HTTP and a fixed development key, as DUBAN_DEBUG=1 does.
"""

import os
import secrets
import sys
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

DEMO = os.environ.get("DUBAN_DEMO") == "1"
DATA_DIR = Path(os.environ.get("DUBAN_DATA_DIR", Path.home() / ".local" / "share" / "duban"))
DEBUG = os.environ.get("DUBAN_DEBUG") == "1"

# The key of the demo site and of DUBAN_DEBUG runs: public, so never accepted otherwise.
DEV_KEY = "duban-development-only-key"
# Django management commands that neither serve requests nor sign anything (the Makefile's
# `makemigrations --check`, the README's `createsuperuser`) run with a throwaway key when none is given.
# duban's own commands (import, tasks, report) set a random key of their own before loading these settings.
KEYLESS_COMMANDS = frozenset(
    {"makemigrations", "migrate", "showmigrations", "sqlmigrate", "createsuperuser", "changepassword"}
)


def _management_command() -> str:
    """The subcommand when this process is `django-admin X` or `python -m django X`, else ""."""
    program = Path(sys.argv[0]) if sys.argv and sys.argv[0] else Path()
    is_django_admin = program.name == "django-admin" or (
        program.name == "__main__.py" and program.parent.name == "django"
    )
    return sys.argv[1] if is_django_admin and len(sys.argv) > 1 else ""


# Django's own check (security.W009) asks for at least 50 characters: a short key can be guessed offline from
# one signed cookie, and with it any session forged.
MIN_SECRET_KEY_LENGTH = 50
SECRET_KEY = os.environ.get("DUBAN_SECRET_KEY", "")
if DEMO or DEBUG:
    SECRET_KEY = SECRET_KEY or DEV_KEY
elif not SECRET_KEY or SECRET_KEY == DEV_KEY or len(SECRET_KEY) < MIN_SECRET_KEY_LENGTH:
    if _management_command() not in KEYLESS_COMMANDS:
        problem = f"长度只有 {len(SECRET_KEY)} 个字符，" if SECRET_KEY and SECRET_KEY != DEV_KEY else ""
        raise ImproperlyConfigured(
            f"生产环境必须设置环境变量 DUBAN_SECRET_KEY，{problem}应为至少 {MIN_SECRET_KEY_LENGTH} 个字符的随机字符串"
            "（例如 python3 -c 'import secrets; print(secrets.token_urlsafe(50))' 的输出）；"
            "本机试用请运行 duban demo"
        )
    SECRET_KEY = secrets.token_urlsafe(50)
ALLOWED_HOSTS = [
    h.strip() for h in os.environ.get("DUBAN_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h.strip()
]

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
    "duban.web.first_login.ReplaceIssuedPasswordMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "duban.web.headers.ContentSecurityPolicyMiddleware",
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
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Many units report in the deadline hour. WAL lets pages read while one request writes; a writer takes
    # the write lock when its transaction begins (IMMEDIATE), so two writers queue on the busy timeout
    # instead of one failing with "database is locked" when its read turns into a write.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 30,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        **DATABASES["default"].get("OPTIONS", {}),
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
# What a password a person sets for themselves must meet (the password page names each failure in Chinese);
# the office's generated passwords meet it too.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Cookies travel over HTTPS only, except on the demo site (plain HTTP on loopback) or with DUBAN_DEBUG.
_secure = not (DEMO or DEBUG or os.environ.get("DUBAN_INSECURE_COOKIES") == "1")
SESSION_COOKIE_SECURE = _secure
CSRF_COOKIE_SECURE = _secure
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 8 * 3600
X_FRAME_OPTIONS = "DENY"
# Pages load scripts, styles, images and fonts from the site itself only (htmx and ECharts are served from
# the static folder). Inline style attributes stay allowed: templates use a few, and styles run no code.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# HTTPS: TLS ends at the reverse proxy in front of gunicorn, which also redirects plain HTTP (so no
# SECURE_SSL_REDIRECT here). Browsers are told to keep to HTTPS for a year; Django sends the header only on
# requests it knows are secure, which behind a proxy needs DUBAN_BEHIND_HTTPS_PROXY=1 and a proxy that sets
# X-Forwarded-Proto (and overwrites any value a client sent). Subdomains are other sites: not included.
SECURE_HSTS_SECONDS = 365 * 24 * 3600 if _secure else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = False
SECURE_HSTS_PRELOAD = False
if os.environ.get("DUBAN_BEHIND_HTTPS_PROXY") == "1":
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("DUBAN_CSRF_TRUSTED_ORIGINS", "").split(",") if o]

# Login throttling: five failures lock the username for 15 minutes, whatever address they come from (a guesser
# cannot spread attempts over many addresses; the README states this rule).
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25
AXES_LOCKOUT_PARAMETERS = ["username"]
# axes.W006 asks for the address in the lockout key, against clients that rotate user agents or cookies; a
# lockout on the username alone is not bypassed that way, and locking an address would lock a whole office
# behind one NAT (or every user behind the reverse proxy) after five typing mistakes.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked.html"
AXES_ENABLED = os.environ.get("DUBAN_AXES", "1") == "1"

# Attachments to a progress report: photos, PDF, Word and Excel, 10 MB each.
ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024
ATTACHMENT_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".pdf": "application/pdf",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xls": "application/vnd.ms-excel",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024

# 催办 mail: SMTP from the environment; the demo prints mail to the console.
EMAIL_BACKEND = os.environ.get(
    "DUBAN_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEMO or not os.environ.get("DUBAN_EMAIL_HOST")
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.environ.get("DUBAN_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("DUBAN_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("DUBAN_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DUBAN_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("DUBAN_EMAIL_TLS") == "1"
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DUBAN_EMAIL_FROM", "duban@localhost")
# At most this many 催办 per unit per period per day.
REMINDERS_PER_DAY = int(os.environ.get("DUBAN_REMINDERS_PER_DAY", "1"))
# 黄灯: on track but within this share of the year above the lagging line (core.status.early_warning).
EARLY_WARNING_MARGIN = float(os.environ.get("DUBAN_EARLY_WARNING_MARGIN", "0.05"))
if not 0 <= EARLY_WARNING_MARGIN < 1:
    raise ImproperlyConfigured(
        "DUBAN_EARLY_WARNING_MARGIN 应为 0 到 1 之间的小数，例如 0.05（即 5 个百分点）"
    )
# 催办 also POSTed (JSON, HMAC-signed) to the office's gateway when a URL is set: web.webhook.
REMINDER_WEBHOOK_URL = os.environ.get("DUBAN_REMINDER_WEBHOOK_URL", "")
REMINDER_WEBHOOK_SECRET = os.environ.get("DUBAN_REMINDER_WEBHOOK_SECRET", "")
REMINDER_WEBHOOK_ATTEMPTS = int(os.environ.get("DUBAN_REMINDER_WEBHOOK_ATTEMPTS", "3"))
REMINDER_WEBHOOK_TIMEOUT = float(os.environ.get("DUBAN_REMINDER_WEBHOOK_TIMEOUT", "5"))
REMINDER_WEBHOOK_BACKOFF = 1.0  # seconds before the 2nd attempt, doubled before each further one

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # A refused host name is logged naming DUBAN_ALLOWED_HOSTS, the variable a person sets (not Django's setting).
    "filters": {"allowed_hosts": {"()": "duban.web.hosts.AllowedHostsMessage"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        "django": {"handlers": ["console"], "level": "WARNING"},
        "django.security.DisallowedHost": {"filters": ["allowed_hosts"]},
    },
}
