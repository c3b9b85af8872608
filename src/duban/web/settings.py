"""Django settings. SQLite in the data directory by default; PostgreSQL when DUBAN_DATABASE_URL is set."""

import os
from pathlib import Path

import dj_database_url

DATA_DIR = Path(os.environ.get("DUBAN_DATA_DIR", Path.home() / ".local" / "share" / "duban"))
SECRET_KEY = os.environ.get("DUBAN_SECRET_KEY", "duban-development-only-key")
DEBUG = os.environ.get("DUBAN_DEBUG") == "1"
ALLOWED_HOSTS = os.environ.get("DUBAN_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DUBAN_DATABASE_URL") or f"sqlite:///{DATA_DIR / 'duban.sqlite3'}",
        conn_max_age=60,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
LANGUAGE_CODE = "zh-hans"
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True
STATIC_URL = "static/"
