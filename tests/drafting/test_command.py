"""`guichet draft` end to end on the fixture corpus, without a model (the model runs in test_models.py)."""

import json
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

MESSAGE = (
    "Bonjour, je voudrais un passeport pour ma fille de 16 ans. Combien coûte le timbre fiscal pour un mineur ? "
    "Et si nous habitons à l'étranger, où faut-il faire la demande ? Merci, Jeanne Martin"
)


def draft(tmp_path, *args):
    path = tmp_path / "message.txt"
    path.write_text(MESSAGE, encoding="utf-8")
    out = StringIO()
    call_command(
        "draft", "--administration", "Mairie", "--title", "Passeport", "--message-file", str(path), *args, stdout=out
    )
    return out.getvalue()


def test_json_draft_answers_each_question_from_cited_passages(corpus_indexed, mairie, no_model, tmp_path):
    payload = json.loads(draft(tmp_path, "--no-model", "--json"))
    assert payload["kind"] == "extractive"
    text = payload["draft"]
    # A 16-year-old's passport: the minor's case only, never the adult's price.
    assert "Mineur : Le timbre fiscal coûte 42 € pour un enfant de 15 ans ou plus." in text
    assert "86 €" not in text
    numbers = {s["n"] for s in payload["sources"]}
    assert numbers == set(range(1, len(numbers) + 1))  # numbered without gaps once unquoted passages are dropped
    assert {int(n) for n in re.findall(r"\[(\d+)\]", text)} <= numbers
    assert all(isinstance(s["in_prompt"], bool) for s in payload["sources"])
    assert payload["checks"]["numbers"]["unsupported"] == []


def test_text_output_lists_sources_and_the_draft(corpus_indexed, mairie, no_model, tmp_path):
    out = draft(tmp_path, "--no-model")
    assert "Sources :" in out and "F90001" in out and "Brouillon (extractive)" in out
    with pytest.raises(CommandError, match="Impossible de lire"):
        call_command("draft", "--administration", "Mairie", "--message-file", str(tmp_path / "absent.txt"))
