"""催办 through the office's gateway: a signed JSON POST to a local HTTP server on loopback, retried when the
gateway fails, every attempt's outcome recorded on the reminder; and the configurable daily limit."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.contrib.auth.models import User

from duban.accounts.models import Reminder
from duban.web import webhook
from duban.web.permissions import actor_for
from duban.web.services.reminders import remind

SECRET = "test-secret-for-the-gateway"


class Gateway:
    """A loopback HTTP server answering with the given statuses in turn (the last one repeated)."""

    def __init__(self, statuses):
        self.statuses = list(statuses)
        self.received: list[dict] = []
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                gateway.received.append({"headers": dict(self.headers), "body": body})
                status = gateway.statuses.pop(0) if len(gateway.statuses) > 1 else gateway.statuses[0]
                self.send_response(status)
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/duban"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def closed_port_url() -> str:
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    port = server.server_port
    server.server_close()
    return f"http://127.0.0.1:{port}/duban"


def test_the_post_is_json_signed_with_the_shared_secret():
    with Gateway([200]) as gateway:
        delivery = webhook.post(gateway.url, {"unit": "区发展改革委"}, secret=SECRET)
    assert delivery.ok and delivery.attempts == 1
    (request,) = gateway.received
    headers = request["headers"]
    assert json.loads(request["body"]) == {"unit": "区发展改革委"}
    assert headers["Content-Type"].startswith("application/json")
    assert webhook.verify(
        SECRET, headers[webhook.TIMESTAMP_HEADER], request["body"], headers[webhook.SIGNATURE_HEADER]
    )
    assert not webhook.verify(
        "another", headers[webhook.TIMESTAMP_HEADER], request["body"], headers[webhook.SIGNATURE_HEADER]
    )


def test_a_failing_gateway_is_tried_again_with_growing_waits():
    waits = []
    with Gateway([503, 502, 200]) as gateway:
        delivery = webhook.post(
            gateway.url, {"n": 1}, secret=SECRET, attempts=3, backoff=0.5, sleep=waits.append
        )
    assert delivery.ok and delivery.attempts == 3
    assert "第3次发送成功" in delivery.result
    assert len(gateway.received) == 3 and waits == [0.5, 1.0]


def test_a_refusal_is_not_retried():
    with Gateway([400]) as gateway:
        delivery = webhook.post(gateway.url, {"n": 1}, secret=SECRET, attempts=3, sleep=lambda s: None)
    assert not delivery.ok and delivery.attempts == 1 and "HTTP 400" in delivery.result
    assert len(gateway.received) == 1


def test_an_unreachable_gateway_fails_after_every_attempt():
    delivery = webhook.post(closed_port_url(), {"n": 1}, secret=SECRET, attempts=2, sleep=lambda s: None)
    assert not delivery.ok and delivery.attempts == 2 and "发送2次均失败：无法连接" in delivery.result


# ------------------------------------------------------------------ through 催办


@pytest.fixture
def gateway_settings(settings):
    settings.REMINDER_WEBHOOK_SECRET = SECRET
    settings.REMINDER_WEBHOOK_BACKOFF = 0
    settings.REMINDER_WEBHOOK_ATTEMPTS = 3
    return settings


def chase(site, note=""):
    unit = User.objects.get(username="fgw").unit_memberships.get().unit
    office = actor_for(User.objects.get(username="ducha"))
    return unit, remind(actor=office, period=site.second, units=[unit], note=note)


@pytest.mark.db
@pytest.mark.django_db
def test_a_reminder_is_posted_to_the_gateway_and_the_delivery_recorded(site, gateway_settings, mailoutbox):
    with Gateway([500, 200]) as gateway:
        gateway_settings.REMINDER_WEBHOOK_URL = gateway.url
        unit, done = chase(site, note="请于今天下班前报送")
    assert done.relayed == 1
    reminder = Reminder.objects.get(period=site.second, unit=unit)
    assert reminder.webhook_sent and reminder.webhook_attempts == 2 and reminder.webhook_at is not None
    assert "第2次发送成功" in reminder.webhook_result
    payload = json.loads(gateway.received[-1]["body"])
    assert payload["event"] == "reminder" and payload["id"] == reminder.pk
    assert payload["unit"] == {"id": unit.pk, "name": unit.name}
    assert payload["period"]["label"] == site.second.label and payload["note"] == "请于今天下班前报送"
    assert "督查室提醒" in payload["text"] and "fgw" in [r["username"] for r in payload["reporters"]]


@pytest.mark.db
@pytest.mark.django_db
def test_a_failed_delivery_is_recorded_and_the_reminder_still_reaches_the_workbench(
    client, site, gateway_settings
):
    gateway_settings.REMINDER_WEBHOOK_URL = closed_port_url()
    unit, done = chase(site)
    assert done.relayed == 0 and len(done.sent) == 1
    reminder = Reminder.objects.get(period=site.second, unit=unit)
    assert not reminder.webhook_sent and reminder.webhook_attempts == 3
    assert "发送3次均失败" in reminder.webhook_result
    client.force_login(User.objects.get(username="ducha"))
    page = client.get(f"/missing/?period={site.second.pk}").content.decode()
    assert "网关推送：发送3次均失败" in page
    client.force_login(User.objects.get(username="fgw"))
    assert "督查室于" in client.get("/workspace/").content.decode()


@pytest.mark.db
@pytest.mark.django_db
def test_a_gateway_without_a_secret_is_not_posted_to(site, gateway_settings):
    gateway_settings.REMINDER_WEBHOOK_SECRET = ""
    with Gateway([200]) as gateway:
        gateway_settings.REMINDER_WEBHOOK_URL = gateway.url
        unit, _ = chase(site)
    assert gateway.received == []
    assert "未设置 DUBAN_REMINDER_WEBHOOK_SECRET" in Reminder.objects.get(unit=unit).webhook_result


@pytest.mark.db
@pytest.mark.django_db
def test_the_daily_limit_is_configurable(site, settings):
    settings.REMINDERS_PER_DAY = 2
    assert [len(chase(site)[1].sent) for _ in range(3)] == [1, 1, 0]


def test_a_gateway_address_that_is_not_http_is_refused():
    delivery = webhook.post("file:///etc/passwd", {"n": 1}, secret=SECRET)
    assert not delivery.ok and delivery.attempts == 0 and "http://" in delivery.result


def test_the_demo_prints_mail_to_the_console():
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("DUBAN_")}
    env.update(DUBAN_DEMO="1", DJANGO_SETTINGS_MODULE="duban.web.settings")
    code = "from django.conf import settings; print(settings.EMAIL_BACKEND)"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "django.core.mail.backends.console.EmailBackend", out.stderr


@pytest.mark.db
@pytest.mark.django_db
def test_a_reminder_sent_with_the_console_backend_is_printed(site, settings, capsys):
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    User.objects.filter(username="fgw").update(email="fgw@example.gov.cn")
    unit, done = chase(site, note="请于今天下班前报送")
    import email
    from email.header import decode_header, make_header

    printed = capsys.readouterr().out
    assert done.mailed == 1
    message = email.message_from_string(printed[printed.index("Content-Type:") :])
    assert message["To"] == "fgw@example.gov.cn"
    assert (
        str(make_header(decode_header(message["Subject"])))
        == f"【催办】{unit.name}：请报送{site.second.label}推进情况"
    )
    assert "督查室留言：请于今天下班前报送" in printed
