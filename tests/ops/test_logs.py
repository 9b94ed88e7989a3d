"""JSON log lines carry the event's fields; the web access log drops query strings (they may hold a name)."""

import json
import logging
from datetime import timedelta
from types import SimpleNamespace

from gunicorn.config import Config

from guichet.logs import GunicornLogger, JsonFormatter


def test_json_formatter_writes_one_object_with_extra_fields():
    record = logging.makeLogRecord(
        {"name": "guichet.inbox", "levelname": "WARNING", "msg": "Drafting failed for message %s", "args": (42,)}
    )
    record.message_id = 42
    line = JsonFormatter().format(record)
    payload = json.loads(line)
    assert payload["msg"] == "Drafting failed for message 42"
    assert payload["level"] == "WARNING" and payload["logger"] == "guichet.inbox"
    assert payload["message_id"] == 42
    assert "\n" not in line


def test_access_log_has_no_query_string(monkeypatch, caplog):
    monkeypatch.setenv("GUICHET_LOG_FORMAT", "json")
    cfg = Config()
    cfg.set("accesslog", "-")
    logger = GunicornLogger(cfg)
    logger.access_log.propagate = True
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/a/caf/",
        "QUERY_STRING": "q=Jean+Dupont",
        "REMOTE_ADDR": "127.0.0.1",
    }
    response = SimpleNamespace(status="200 OK", status_code=200, sent=512)
    with caplog.at_level(logging.INFO, logger="gunicorn.access"):
        logger.access(response, None, environ, timedelta(milliseconds=12))
    (record,) = [r for r in caplog.records if r.name == "gunicorn.access"]
    assert record.path == "/a/caf/" and record.status == 200 and record.duration_ms == 12.0
    assert "Jean" not in json.dumps(record.__dict__, default=str)
