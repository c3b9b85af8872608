"""The host-name refusal told in duban's terms: Django's log line names its ALLOWED_HOSTS setting, which a
person running `duban serve` cannot set; duban reads the list from DUBAN_ALLOWED_HOSTS."""

from __future__ import annotations

import logging
import re

# Django's wording (django.http.request.HttpRequest.get_host).
_DJANGO_WORDING = re.compile(
    r"Invalid HTTP_HOST header: '(?P<header>[^']*)'\. You may need to add '(?P<host>[^']*)'"
)


class AllowedHostsMessage(logging.Filter):
    """Rewrites the django.security.DisallowedHost record into Chinese naming DUBAN_ALLOWED_HOSTS."""

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        match = _DJANGO_WORDING.search(text)
        if match:
            text = (
                f"拒绝了主机名为 {match['header']} 的请求（400）：请把 {match['host']} 加入环境变量 "
                "DUBAN_ALLOWED_HOSTS（逗号分隔）后重新启动 duban"
            )
        else:
            text = re.sub(r"(?<!DUBAN_)\bALLOWED_HOSTS\b", "DUBAN_ALLOWED_HOSTS（环境变量）", text)
        record.msg, record.args = text, None
        return True
