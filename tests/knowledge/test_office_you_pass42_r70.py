"""Forty-second pass (engineer-r70): an ask that names the office only as "vous" reads the office's name
(`guichet.knowledge.query.READ_OFFICE_YOU`, shipped off). Fresh sentences, none from a corpus."""

from __future__ import annotations

import pytest

from guichet.knowledge import query as query_module
from guichet.knowledge.query import understand

SHIPPED = query_module.READ_OFFICE_YOU


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("L'usine a fermé vendredi. Quand dois-je m'inscrire chez vous ?", "Pôle emploi"),
        ("Mon mari est décédé. Quels papiers dois-je envoyer à votre caisse ?", "Carsat"),
        ("Je me suis séparée. Comment le déclarer auprès de vos services ?", "CAF"),
    ],
)
def test_the_office_named_as_vous_reads_its_name(monkeypatch: pytest.MonkeyPatch, text: str, office: str) -> None:
    monkeypatch.setattr(query_module, "READ_OFFICE_YOU", True)
    assert office in " ".join(understand(text, administration=office).asks)
    monkeypatch.setattr(query_module, "READ_OFFICE_YOU", False)
    assert office not in " ".join(understand(text, administration=office).asks)


@pytest.mark.parametrize(
    ("text", "office"),
    [
        # near misses: no office given, a story sentence, an office the writer says is the wrong one, no "vous"
        ("Quand dois-je m'inscrire chez vous ?", ""),
        ("J'ai déjà un rendez-vous chez vous demain. Comment toucher le chômage ?", "Pôle emploi"),
        ("Je sais que ce n'est pas votre rôle mais comment m'inscrire chez vous ?", "Mairie"),
        ("Comment m'inscrire sur les listes électorales ?", "Mairie"),
    ],
)
def test_no_office_name_where_it_does_not_apply(monkeypatch: pytest.MonkeyPatch, text: str, office: str) -> None:
    monkeypatch.setattr(query_module, "READ_OFFICE_YOU", True)
    asks = " ".join(understand(text, administration=office).asks)
    assert not office or asks.count(office) == 0


def test_shipped_off() -> None:
    assert SHIPPED is False
