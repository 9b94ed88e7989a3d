"""Twenty-first pass, privacy (engineer-p52e): references that survived — a tax notice's reference whose second group
mixes digits and a letter ("23 31B 4417206 58" stopped at "23 31"), an invoice number after the Portuguese or Spanish
"n.º", a civil-status act's short number. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sur le papier il y a Référence de l'avis : 23 31B 4417206 58 et je ne comprends pas.", "23 31B 4417206 58"),
        ("La clinique de Porto m'a envoyé la factura n.º FC 2024/70215 que je joins.", "FC 2024/70215"),
        ("Je joins le reçu n.° 88120347 de l'hôpital de Séville.", "88120347"),
    ],
)
def test_a_reference_after_its_label(text: str, value: str) -> None:
    masked = output(text)
    assert not survives(value, "reference", masked), masked
    assert value.split()[-1] not in masked, masked  # not masked in part, the end left


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("La copie de l'acte de naissance n° 3071 porte une faute sur mon prénom.", "3071"),
        ("Vous trouverez ci-joint l'acte de décès numéro 412 délivré par la mairie.", "412"),
    ],
)
def test_a_civil_status_acts_short_number(text: str, value: str) -> None:
    masked = output(text)
    assert value not in masked, masked


@pytest.mark.parametrize(
    "text",
    [
        "Demandez un acte de naissance à la mairie du lieu de naissance, l'article 47 du code civil s'applique.",
        "Le plafond est de 1 234 567 euros pour 12 personnes.",
    ],
)
def test_a_rule_stays(text: str) -> None:
    assert output(text) == text
