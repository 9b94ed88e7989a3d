"""Log formats: plain text (default) or one JSON object per line (`GUICHET_LOG_FORMAT=json`) for log collectors.

Logs never carry a citizen's text: Guichet's own log calls name messages by id only, and the web access log
drops the query string (an inbox search `?q=` may hold a name) and keeps method, path, status, duration and size.
"""

import json
import logging
import os
from datetime import UTC, datetime
from typing import Any

# Attributes every LogRecord has; anything else was passed through `extra=` and goes into the JSON object.
_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "taskName"}


def log_format() -> str:
    return (os.environ.get("GUICHET_LOG_FORMAT") or "plain").strip().lower()


class JsonFormatter(logging.Formatter):
    """`{"ts", "level", "logger", "msg", "pid", …extra}` on one line; exceptions as `exc` (type and message)."""

    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, tz=UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
            "pid": record.process,
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_"):
                payload[key] = value
        if record.exc_info and record.exc_info[0] is not None:
            payload["exc"] = f"{record.exc_info[0].__name__}: {record.exc_info[1]}"
            payload["stack"] = self.formatException(record.exc_info)
        return json.dumps(payload, ensure_ascii=False, default=str)


def formatters() -> dict[str, dict[str, Any]]:
    """The `formatters` entry of Django's LOGGING for the configured format (the handler uses "main")."""
    if log_format() == "json":
        return {"main": {"()": "guichet.logs.JsonFormatter"}}
    return {"main": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}}


try:  # gunicorn is the default web server; a waitress-only install still imports this module.
    from gunicorn.glogging import Logger as _GunicornLogger
except ImportError:  # pragma: no cover - depends on the installation
    _GunicornLogger = object  # type: ignore[assignment,misc]


class GunicornLogger(_GunicornLogger):  # type: ignore[misc,valid-type]
    """Gunicorn's logger with Guichet's format, and an access log without query strings."""

    def setup(self, cfg) -> None:
        super().setup(cfg)
        formatter = JsonFormatter() if log_format() == "json" else None
        if formatter is not None:
            for log in (self.error_log, self.access_log):
                for handler in log.handlers:
                    handler.setFormatter(formatter)

    def access(self, resp, req, environ, request_time) -> None:
        if not (self.cfg.accesslog or self.cfg.logconfig or self.cfg.logconfig_dict or self.cfg.syslog):
            return
        duration_ms = round(request_time.total_seconds() * 1000, 1)
        fields = {
            "method": environ.get("REQUEST_METHOD", ""),
            "path": environ.get("PATH_INFO", ""),
            "status": getattr(resp, "status_code", None) or str(resp.status).split(" ")[0],
            "duration_ms": duration_ms,
            "bytes": getattr(resp, "sent", None),
            "remote": environ.get("REMOTE_ADDR", ""),
        }
        if log_format() == "json":
            self.access_log.info("request", extra=fields)
        else:
            self.access_log.info(
                "%s %s %s %sms %sB", fields["method"], fields["path"], fields["status"], duration_ms, fields["bytes"]
            )
