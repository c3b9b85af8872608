"""催办: the office's reminders to units that have not reported. Each shows on the unit's workbench, is
mailed (Django's mail framework) to the unit's reporters who have an address, and, when the office set up a
gateway (settings.REMINDER_WEBHOOK_URL), POSTed to it signed (web.webhook); each channel's result is
recorded on the reminder. A unit is reminded at most settings.REMINDERS_PER_DAY times a day per period
(offices' rule against nagging).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import send_mail
from django.utils import timezone

from duban.accounts.models import Reminder
from duban.web import permissions, webhook
from duban.web.models import Period, Unit
from duban.web.permissions import Actor


@dataclass
class Reminded:
    """What a 催办 did: the reminders recorded, and the units skipped as already reminded today."""

    sent: list[Reminder] = field(default_factory=list)
    skipped: list[Unit] = field(default_factory=list)

    @property
    def mailed(self) -> int:
        return sum(r.email_sent for r in self.sent)

    @property
    def relayed(self) -> int:
        return sum(r.webhook_sent for r in self.sent)


def _message(period: Period, unit: Unit, note: str) -> tuple[str, str]:
    plan = period.plan.title if period.plan else ""
    deadline = (
        timezone.localtime(period.deadline).strftime("%Y年%m月%d日 %H:%M") if period.deadline else "尽快"
    )
    subject = f"【催办】{unit.name}：请报送{period.label}推进情况"
    body = (
        f"{unit.name}：\n\n督查室提醒：贵单位在“{plan}”{period.label}报送期还有任务未报送推进情况，"
        f"报送截止时间为{deadline}。请登录督办系统工作台填报。\n"
        + (f"\n督查室留言：{note}\n" if note else "")
    )
    return subject, body


def _mail(reminder: Reminder, unit: Unit, period: Period, note: str) -> None:
    addresses = sorted(
        {u.email for u in User.objects.filter(unit_memberships__unit=unit, is_active=True).exclude(email="")}
    )
    reminder.email_to = addresses
    if not addresses:
        reminder.email_result = "未发送邮件：该单位的填报人没有登记邮箱"
        return
    subject, body = _message(period, unit, note)
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, addresses)
    except Exception as exc:  # any mail backend failure is recorded; the 催办 itself stays on the workbench
        reminder.email_result = f"邮件发送失败：{exc}"[:300]
        return
    reminder.email_sent = True
    reminder.email_result = f"邮件已发送至 {len(addresses)} 个邮箱"


def _payload(reminder: Reminder, unit: Unit, period: Period, note: str) -> dict:
    subject, body = _message(period, unit, note)
    reporters = User.objects.filter(unit_memberships__unit=unit, is_active=True).order_by("username")
    return {
        "event": "reminder",
        "id": reminder.pk,
        "at": reminder.at.isoformat(),
        "plan": {"id": period.plan_id, "code": period.plan.code if period.plan else ""},
        "period": {
            "id": period.pk,
            "label": period.label,
            "deadline": period.deadline.isoformat() if period.deadline else None,
        },
        "unit": {"id": unit.pk, "name": unit.name},
        "note": note,
        "title": subject,
        "text": body,
        "reporters": [
            {"username": u.username, "name": u.first_name or u.username, "email": u.email} for u in reporters
        ],
    }


def _relay(reminder: Reminder, unit: Unit, period: Period, note: str) -> None:
    """POST the reminder to the office's gateway, when one is set up, and record what came of it."""
    url = settings.REMINDER_WEBHOOK_URL
    if not url:
        return
    reminder.webhook_at = timezone.now()
    if not settings.REMINDER_WEBHOOK_SECRET:
        reminder.webhook_result = "未推送网关：未设置 DUBAN_REMINDER_WEBHOOK_SECRET（签名密钥）"
        return
    delivery = webhook.post(
        url,
        _payload(reminder, unit, period, note),
        secret=settings.REMINDER_WEBHOOK_SECRET,
        attempts=settings.REMINDER_WEBHOOK_ATTEMPTS,
        timeout=settings.REMINDER_WEBHOOK_TIMEOUT,
        backoff=settings.REMINDER_WEBHOOK_BACKOFF,
    )
    reminder.webhook_sent = delivery.ok
    reminder.webhook_attempts = delivery.attempts
    reminder.webhook_result = f"网关推送：{delivery.result}"[:300]


def remind(*, actor: Actor, period: Period, units: list[Unit], note: str = "") -> Reminded:
    """Record a 催办 for each unit not yet reminded today for this period, and mail its reporters."""
    permissions.require(actor, permissions.OFFICE)
    note = note.strip()[:200]
    today = timezone.localdate()
    start = timezone.make_aware(timezone.datetime(today.year, today.month, today.day))
    result = Reminded()
    for unit in units:
        if (
            Reminder.objects.filter(period=period, unit=unit, at__gte=start).count()
            >= settings.REMINDERS_PER_DAY
        ):
            result.skipped.append(unit)
            continue
        reminder = Reminder(period=period, unit=unit, by_id=actor.user_id, note=note)
        _mail(reminder, unit, period, note)
        reminder.save()
        if settings.REMINDER_WEBHOOK_URL:
            _relay(reminder, unit, period, note)
            reminder.save(update_fields=["webhook_sent", "webhook_attempts", "webhook_result", "webhook_at"])
        result.sent.append(reminder)
    return result
