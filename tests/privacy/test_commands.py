import io
import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from guichet.inbox.intake import message_receive
from guichet.inbox.models import Message
from guichet.inbox.personal_data import PURGED_MARKER
from guichet.inbox.workflow import message_close
from tests.accounts.factories import AdministrationFactory, member

TEXT = "Bonjour, je suis Mme Yvette Charpentier, tél 05 46 28 91 73.\n"


def run(*args: str, stdin: str = "", monkeypatch=None) -> str:
    if monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_pseudonymize_text(monkeypatch):
    assert run("pseudonymize", stdin=TEXT, monkeypatch=monkeypatch) == (
        "Bonjour, je suis [PERSONNE_1], tél [TELEPHONE_1].\n"
    )


def test_pseudonymize_json_never_shows_values(monkeypatch):
    output = run("pseudonymize", "--json", stdin=TEXT, monkeypatch=monkeypatch)
    assert json.loads(output) == {
        "text": "Bonjour, je suis [PERSONNE_1], tél [TELEPHONE_1].\n",
        "entities": [
            {"type": "PERSONNE", "placeholder": "[PERSONNE_1]", "start": 17, "end": 29},
            {"type": "TELEPHONE", "placeholder": "[TELEPHONE_1]", "start": 35, "end": 48},
        ],
    }
    assert "Charpentier" not in output and "28 91" not in output


def test_pseudonymize_jsonl(tmp_path):
    source = tmp_path / "messages.jsonl"
    rows = [
        {"id": "a", "title": "Dossier de Mme Sow", "message": "Merci.\nAminata Sow\n06 41 77 32 08", "pii": []},
        {"id": "b", "title": "Question", "message": "Comment demander le RSA ?"},
    ]
    source.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n\n", encoding="utf-8")
    lines = [json.loads(line) for line in run("pseudonymize", "--jsonl", str(source)).splitlines()]
    assert lines == [
        {"id": "a", "title": "Dossier de [PERSONNE_2]", "message": "Merci.\n[PERSONNE_1]\n[TELEPHONE_1]", "pii": []},
        {"id": "b", "title": "Question", "message": "Comment demander le RSA ?"},
    ]


def test_pseudonymize_jsonl_errors_in_french(tmp_path):
    with pytest.raises(CommandError, match="Impossible de lire"):
        run("pseudonymize", "--jsonl", str(tmp_path / "absent.jsonl"))
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"title": "x"}\n{pas du json}\n', encoding="utf-8")
    with pytest.raises(CommandError, match="Ligne 2 : JSON invalide"):
        run("pseudonymize", "--jsonl", str(broken))


@pytest.mark.django_db
def test_purge_command():
    administration = AdministrationFactory(name="CAF de test", retention_days=10)
    message = message_receive(administration=administration, title="Question", body=TEXT)
    message = message_close(message=message, actor=member(administration))
    Message.objects.filter(pk=message.pk).update(closed_at=message.closed_at - timedelta(days=11))
    assert run("purge", "--dry-run") == (
        "CAF de test : 1 message(s) à purger (simulation, rien n'est modifié)\n"
        "Total : 1 message(s) à purger (simulation, rien n'est modifié).\n"
    )
    message.refresh_from_db()
    assert message.body == TEXT
    assert run("purge") == "CAF de test : 1 message(s) purgé(s)\nTotal : 1 message(s) purgé(s).\n"
    message.refresh_from_db()
    assert message.body == PURGED_MARKER
