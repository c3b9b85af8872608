"""WSGI entry point: `gunicorn duban.web.wsgi` (what `duban serve` runs)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "duban.web.settings")
application = get_wsgi_application()
