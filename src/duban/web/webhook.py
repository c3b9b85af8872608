"""Outbound webhook: a JSON POST, signed with HMAC-SHA256, to a gateway the office runs (a government SMS
platform, 政务钉钉 or 企业微信 robot relay), retried on failure. Knows nothing of the database: it says what
happened and the caller records it.

Signature: `X-Duban-Signature: sha256=<hex>` over `<X-Duban-Timestamp>.<body>` with the shared secret, so the
receiver can check the sender and refuse a replayed request by its timestamp.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

SIGNATURE_HEADER = "X-Duban-Signature"
TIMESTAMP_HEADER = "X-Duban-Timestamp"
# Statuses worth trying again: the gateway is busy or down, not refusing this request.
_RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Delivery:
    """What sending one webhook came to: delivered or not, after how many attempts, and why."""

    ok: bool
    attempts: int
    result: str


def signature(secret: str, timestamp: str, body: bytes) -> str:
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verify(secret: str, timestamp: str, body: bytes, header: str) -> bool:
    """What a receiver checks (used by the tests' loopback server)."""
    return hmac.compare_digest(signature(secret, timestamp, body), header)


def post(
    url: str,
    payload: dict[str, Any],
    *,
    secret: str,
    attempts: int = 3,
    timeout: float = 5.0,
    backoff: float = 1.0,
    sleep: Callable[[float], None] = time.sleep,
) -> Delivery:
    """POST `payload` as JSON to `url`, up to `attempts` times (waiting backoff, 2×backoff, … between), until
    the gateway answers 2xx. A 4xx other than 408/425/429 is final: sending it again would not help."""
    if not url.startswith(("http://", "https://")):
        return Delivery(False, 0, "网关地址须以 http:// 或 https:// 开头，未发送")
    body = json.dumps(payload, ensure_ascii=False).encode()
    last = ""
    for attempt in range(1, max(1, attempts) + 1):
        timestamp = str(int(time.time()))
        request = urllib.request.Request(
            url,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/json; charset=utf-8",
                "User-Agent": "duban-reminder/1",
                TIMESTAMP_HEADER: timestamp,
                SIGNATURE_HEADER: signature(secret, timestamp, body),
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return Delivery(True, attempt, f"第{attempt}次发送成功（HTTP {response.status}）")
        except urllib.error.HTTPError as exc:
            last = f"HTTP {exc.code}"
            if exc.code not in _RETRY_STATUSES:
                return Delivery(False, attempt, f"网关拒绝（{last}），未重试")
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            last = f"无法连接（{reason}）"
        if attempt < attempts:
            sleep(backoff * 2 ** (attempt - 1))
    return Delivery(False, max(1, attempts), f"发送{max(1, attempts)}次均失败：{last}"[:300])
