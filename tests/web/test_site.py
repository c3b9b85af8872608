"""`duban demo` and `duban serve` output: the accounts table lines up in a terminal although CJK characters are
double width; serve says where it listens, which host names it answers and how cookies travel."""

import io
import logging

import pytest
from django.test import Client

from duban.web import site
from duban.web.site import accounts_table, display_width, pad


def test_cjk_characters_take_two_terminal_columns():
    assert display_width("督查室 ab") == 9


def test_padding_counts_terminal_columns():
    assert display_width(pad("区财政局", 12)) == 12


def test_accounts_table_columns_line_up_in_a_terminal():
    accounts = [
        ("admin", "pw", "系统管理员"),
        ("fgw", "pw", "区发展改革委 填报员"),
        ("lim", "pw", "副区长 李明"),
    ]
    lines = accounts_table(accounts, "http://127.0.0.1:8000/public/").splitlines()
    starts = {display_width(line[: line.index("用户名")]) for line in lines[:-1]}
    assert len(starts) == 1
    assert display_width(lines[-1][: lines[-1].index("无需登录")]) in starts


def _notice(**overrides):
    options = {
        "host": "0.0.0.0",
        "port": 8000,
        "allowed_hosts": ["127.0.0.1", "localhost"],
        "secure_cookies": True,
        "addresses": ["192.168.1.5"],
    }
    return site.serve_notice(**{**options, **overrides})


def test_serving_on_every_interface_names_the_variable_that_lets_other_computers_in():
    notice = _notice()
    assert "监听地址：0.0.0.0:8000（本机所有网络接口）" in notice
    assert "接受的主机名（环境变量 DUBAN_ALLOWED_HOSTS）：127.0.0.1, localhost" in notice
    assert "http://192.168.1.5:8000/ 访问会被拒绝" in notice
    assert "DUBAN_ALLOWED_HOSTS=127.0.0.1,localhost,192.168.1.5" in notice
    assert " ALLOWED_HOSTS" not in notice.replace("DUBAN_ALLOWED_HOSTS", "")


def test_an_address_already_accepted_is_not_flagged():
    notice = _notice(allowed_hosts=["127.0.0.1", "192.168.1.5"])
    assert "拒绝" not in notice


def test_secure_cookies_say_what_to_set_for_plain_http_login():
    assert "DUBAN_INSECURE_COOKIES=1" in _notice(secure_cookies=True)
    assert "允许经 http:// 发送" in _notice(secure_cookies=False)


def test_serve_prints_the_notice_before_it_serves(monkeypatch, tmp_path):
    monkeypatch.setattr(site, "_setup", lambda: None)
    monkeypatch.setattr(site, "_migrate", lambda: None)
    monkeypatch.setattr(site, "machine_addresses", lambda: ["10.0.0.7"])
    served = []
    monkeypatch.setattr(site, "_run", lambda host, port, workers: served.append((host, port)))
    out = io.StringIO()
    assert site.serve_command(host="0.0.0.0", port=8001, out=out) == 0
    assert served == [("0.0.0.0", 8001)]
    text = out.getvalue()
    assert "http://127.0.0.1:8001/ 启动" in text
    assert "DUBAN_ALLOWED_HOSTS=" in text and "10.0.0.7" in text
    assert "Cookie：" in text


@pytest.mark.django_db
def test_a_refused_host_name_is_logged_naming_duban_allowed_hosts(client, settings, caplog):
    settings.ALLOWED_HOSTS = ["127.0.0.1"]
    with caplog.at_level(logging.ERROR, logger="django.security.DisallowedHost"):
        response = client.get("/login/", HTTP_HOST="192.168.1.5:8000")
    assert response.status_code == 400
    [message] = [r.getMessage() for r in caplog.records if r.name == "django.security.DisallowedHost"]
    assert "DUBAN_ALLOWED_HOSTS" in message and "192.168.1.5" in message
    assert " ALLOWED_HOSTS" not in message.replace("DUBAN_ALLOWED_HOSTS", "")


@pytest.mark.django_db
def test_a_login_without_the_csrf_cookie_says_what_to_set():
    # What a browser does over plain http:// with Secure cookies: it never keeps the CSRF cookie.
    response = Client(enforce_csrf_checks=True).post("/login/", {"username": "a", "password": "b"})
    assert response.status_code == 403
    page = response.content.decode()
    assert "DUBAN_INSECURE_COOKIES=1" in page and "DUBAN_BEHIND_HTTPS_PROXY=1" in page
