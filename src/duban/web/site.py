"""`duban demo` and `duban serve`: start the web application under gunicorn.

`demo` builds a fresh SQLite site with the fictional district of duban.web.sample and prints one login per
role; `serve` runs the configured database (DUBAN_DATABASE_URL or the SQLite default) in production mode,
which the settings refuse without DUBAN_SECRET_KEY.
"""

from __future__ import annotations

import contextlib
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


# Addresses that mean "every interface of this machine" when bound.
_ANY_ADDRESS = frozenset({"0.0.0.0", "::", ""})


def machine_addresses() -> list[str]:
    """The IPv4 addresses of this machine other computers may use (loopback left out), best effort."""
    import socket

    found = set()
    with contextlib.suppress(OSError):
        found |= {
            info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None, family=socket.AF_INET)
        }
    # The address of the default route: connecting a UDP socket picks it without sending anything.
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe, contextlib.suppress(OSError):
        probe.connect(("192.0.2.1", 9))
        found.add(probe.getsockname()[0])
    return sorted(a for a in found if not a.startswith("127.") and a != "0.0.0.0")


def serve_notice(
    *, host: str, port: int, allowed_hosts: list[str], secure_cookies: bool, addresses: list[str]
) -> str:
    """What `duban serve` tells at start: where it listens, the host names it answers, the cookie mode, and
    the duban variable to set for what would otherwise fail (a 400 for an unlisted host, a 403 at login
    over plain HTTP)."""
    everywhere = host in _ANY_ADDRESS
    lines = [f"监听地址：{host or '0.0.0.0'}:{port}{'（本机所有网络接口）' if everywhere else ''}"]
    lines.append(f"接受的主机名（环境变量 DUBAN_ALLOWED_HOSTS）：{', '.join(allowed_hosts)}")
    reachable = addresses if everywhere else [host]
    refused = [a for a in reachable if a not in allowed_hosts and "*" not in allowed_hosts]
    if refused:
        wanted = ",".join([*allowed_hosts, *refused])
        lines.append(
            f"  用 http://{refused[0]}:{port}/ 访问会被拒绝（400 Bad Request）："
            f"请设置 DUBAN_ALLOWED_HOSTS={wanted} 后重新启动"
        )
    elif everywhere and not addresses:
        lines.append("  其他电脑用本机 IP 或域名访问前，请把它加入 DUBAN_ALLOWED_HOSTS（逗号分隔）后重新启动")
    if secure_cookies:
        lines.append(
            "Cookie：仅经 HTTPS 发送。直接用 http:// 访问时无法登录（403）：请在前面配置 HTTPS 反向代理"
            "并设置 DUBAN_BEHIND_HTTPS_PROXY=1；仅在可信的局域网内试用时可设置 DUBAN_INSECURE_COOKIES=1"
        )
    else:
        lines.append("Cookie：允许经 http:// 发送（DUBAN_INSECURE_COOKIES=1 或调试模式），仅限可信的局域网")
    return "".join(f"{line}\n" for line in lines)


def serve_command(*, host: str, port: int, out: TextIO) -> int:
    """Apply pending migrations and serve the configured database with gunicorn."""
    _setup()
    from django.conf import settings

    _migrate()
    shown = "127.0.0.1" if host in _ANY_ADDRESS else host
    out.write(
        f"duban 网站已在 http://{shown}:{port}/ 启动（数据库：{settings.DATABASES['default']['NAME']}）\n"
    )
    out.write(
        serve_notice(
            host=host,
            port=port,
            allowed_hosts=list(settings.ALLOWED_HOSTS),
            secure_cookies=settings.SESSION_COOKIE_SECURE,
            addresses=machine_addresses(),
        )
    )
    out.flush()
    _run(host, port, workers=max(2, (os.cpu_count() or 1) + 1))
    return 0
