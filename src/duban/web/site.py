"""`duban demo` and `duban serve`: start the web application under gunicorn.

`demo` builds a fresh SQLite site with the fictional district of duban.web.sample and prints one login per
role; `serve` runs the configured database (DUBAN_DATABASE_URL or the SQLite default) in production mode,
which the settings refuse without DUBAN_SECRET_KEY.
"""

from __future__ import annotations

import os
import unicodedata
from typing import Any, TextIO

from duban.errors import DubanError


def display_width(text: str) -> int:
    """Columns a terminal gives `text`: CJK characters (wide or full-width) take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, width: int) -> str:
    """`text` padded with spaces to `width` terminal columns (str.ljust counts CJK characters as one)."""
    return text + " " * max(0, width - display_width(text))


def accounts_table(accounts: list[tuple[str, str, str]], public_url: str) -> str:
    """The demo's logins, one per line, columns aligned in a terminal whatever the mix of CJK and Latin."""
    rows = [(display, f"用户名 {username}", f"密码 {password}") for username, password, display in accounts]
    rows.append(("公众", "无需登录", public_url))
    widths = [max(display_width(row[i]) for row in rows) for i in range(2)]
    return "".join(f"  {pad(a, widths[0])}  {pad(b, widths[1])}  {c}\n" for a, b, c in rows)


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "duban.web.settings")
    import django
    from django.core.exceptions import ImproperlyConfigured

    try:
        django.setup()
    except ImproperlyConfigured as exc:
        # The settings' own refusal (no secret key) is bad input, told in Chinese without a traceback.
        raise DubanError(str(exc)) from None


def _migrate() -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def _run(host: str, port: int, workers: int) -> None:
    from django.db import connections
    from gunicorn.app.base import BaseApplication

    from duban.web.wsgi import application

    class Server(BaseApplication):
        def __init__(self, options: dict[str, Any]) -> None:
            self.options = options
            super().__init__()

        def load_config(self) -> None:
            for key, value in self.options.items():
                self.cfg.set(key, value)

        def load(self):
            return application

    # Workers are forked: no database connection may be shared with them.
    connections.close_all()
    Server({"bind": f"{host}:{port}", "workers": workers, "accesslog": "-", "timeout": 60}).run()


def demo_command(*, port: int, out: TextIO) -> int:
    """Create the demo database from scratch, load the sample district, print the logins and serve."""
    os.environ["DUBAN_DEMO"] = "1"
    os.environ.pop("DUBAN_DATABASE_URL", None)
    _setup()
    from django.conf import settings

    database = settings.DATABASES["default"]["NAME"]
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(f"{database}{suffix}"):
            os.remove(f"{database}{suffix}")
    _migrate()
    from duban.web.sample import load_sample
    from duban.web.sample.year import load_sample_year

    site = load_sample()
    year = load_sample_year()
    out.write(f"演示站点已创建：{database}\n")
    out.write(f"方案：{site.plan.title}，任务 {site.plan.tasks.count()} 项\n")
    out.write(f"上年方案：{year.plan.title}（全年4个报送期，年度考核见“考核”页）\n")
    out.write(f"请用浏览器打开 http://127.0.0.1:{port}/ ，可用以下账号登录（仅限演示站点）：\n")
    out.write(accounts_table(site.accounts, f"http://127.0.0.1:{port}/public/"))
    out.flush()
    _run("127.0.0.1", port, workers=2)
    return 0


def serve_command(*, host: str, port: int, out: TextIO) -> int:
    """Apply pending migrations and serve the configured database with gunicorn."""
    _setup()
    from django.conf import settings

    _migrate()
    out.write(
        f"duban 网站已在 http://{host}:{port}/ 启动（数据库：{settings.DATABASES['default']['NAME']}）\n"
    )
    out.flush()
    _run(host, port, workers=max(2, (os.cpu_count() or 1) + 1))
    return 0
