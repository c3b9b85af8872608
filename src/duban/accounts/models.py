"""Account data the web app needs beyond Django's User: an API token kept only as a hash."""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiToken(models.Model):
    """A bearer token for the HTTP API. The raw value is shown once; only its SHA-256 is stored."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField("用途", max_length=100)
    prefix = models.CharField("前缀", max_length=8)
    digest = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField("创建时间", auto_now_add=True)
    last_used = models.DateTimeField("最近使用", null=True, blank=True)

    class Meta:
        verbose_name = "API 令牌"
        verbose_name_plural = "API 令牌"

    def __str__(self) -> str:
        return f"{self.name}（{self.prefix}…）"

    @classmethod
    def issue(cls, user, name: str) -> tuple[ApiToken, str]:
        """Create a token for `user`; return it with the raw value, which is not stored."""
        raw = secrets.token_urlsafe(32)
        token = cls.objects.create(user=user, name=name, prefix=raw[:8], digest=hash_token(raw))
        return token, raw


class Reminder(models.Model):
    """A 催办: the office chased a unit that had not reported in a period."""

    period = models.ForeignKey("duban.Period", on_delete=models.CASCADE, related_name="reminders")
    unit = models.ForeignKey("duban.Unit", on_delete=models.CASCADE, related_name="reminders")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    at = models.DateTimeField("催办时间", auto_now_add=True)
    note = models.CharField("备注", max_length=200, blank=True, default="")
    # Every 催办 shows on the unit's workbench; it is also mailed to the unit's reporters who have an address.
    email_to = models.JSONField("邮件收件人", default=list, blank=True)
    email_result = models.CharField("邮件发送结果", max_length=300, blank=True, default="")
    email_sent = models.BooleanField("邮件已发送", default=False)
    # And, when the office has set one up, POSTed to its gateway (SMS, 政务钉钉, 企业微信): see web.webhook.
    webhook_sent = models.BooleanField("网关已送达", default=False)
    webhook_attempts = models.PositiveSmallIntegerField("网关发送次数", default=0)
    webhook_result = models.CharField("网关发送结果", max_length=300, blank=True, default="")
    webhook_at = models.DateTimeField("网关发送时间", null=True, blank=True)

    class Meta:
        verbose_name = "催办记录"
        verbose_name_plural = "催办记录"
        ordering = ("-at",)
        indexes = (models.Index(fields=["period", "unit"]),)

    @property
    def delivery(self) -> str:
        """How the 催办 reached the unit, channel by channel, in one line for the office."""
        return "；".join(filter(None, ["工作台可见", self.email_result, self.webhook_result]))


def attachment_path(instance: Attachment, filename: str) -> str:
    return f"attachments/{instance.progress_id}/{secrets.token_hex(8)}_{filename}"


class Attachment(models.Model):
    """A photo or PDF a unit attached to its progress report (type and size checked on upload)."""

    progress = models.ForeignKey("duban.Progress", on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=attachment_path)
    name = models.CharField("文件名", max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField("大小")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField("上传时间", auto_now_add=True)

    class Meta:
        verbose_name = "附件"
        verbose_name_plural = "附件"
        ordering = ("uploaded_at",)


class IssuedPassword(models.Model):
    """A password the office set (a new account, a reset): shown to the office once, never stored in clear;
    its owner must replace it at the next log-in. The row goes when they do."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="issued_password"
    )
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    issued_at = models.DateTimeField("设置时间", auto_now_add=True)

    class Meta:
        verbose_name = "待修改的初始密码"
        verbose_name_plural = "待修改的初始密码"


class AccountEvent(models.Model):
    """What the office did to an account (created, deactivated, reactivated, password reset), and when the
    person replaced the password the office gave them: the account's history."""

    class Kind(models.TextChoices):
        CREATED = "created", "新建账号"
        DEACTIVATED = "deactivated", "停用"
        REACTIVATED = "reactivated", "启用"
        RESET = "reset", "重置密码"
        CHANGED = "changed", "本人修改密码"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="account_events"
    )
    kind = models.CharField("操作", max_length=20, choices=Kind.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    at = models.DateTimeField("时间", auto_now_add=True)
    detail = models.CharField("说明", max_length=200, blank=True, default="")

    class Meta:
        verbose_name = "账号记录"
        verbose_name_plural = "账号记录"
        ordering = ("-at", "-pk")
