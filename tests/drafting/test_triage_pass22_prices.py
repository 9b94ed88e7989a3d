"""Triage, twenty-second pass of issue 12: the price of a private trade or venue asked of a public office is out of
scope, pointed to the firm itself; a price that comes with a public procedure (a municipal hall, the legal aid, a
tax credit for the work), a funeral's cost and a person in distress stay.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage

PRICES = [
    (
        "Mairie",
        "Bonjour, combien prend un serrurier le dimanche pour ouvrir une porte claquée ? J'hésite à appeler celui "
        "de la place du marché.",
    ),
    (
        "CAF",
        "Bonjour, quels sont les tarifs du gîte des Trois Fontaines pour une semaine en août, à six personnes ?",
    ),
]

IN_SCOPE = [
    (
        "Mairie",
        "Bonjour, quels sont les tarifs de la salle des fêtes municipale pour un anniversaire un samedi soir ?",
    ),
    (
        "Impôts",
        "Bonjour, le devis du chauffagiste pour une pompe à chaleur est de 9 000 euros : quel crédit d'impôt ou "
        "quelle aide puis-je déclarer ?",
    ),
    (
        "Mairie",
        "Bonjour, mon père est mort sans un sou et le devis des pompes funèbres est de 4 000 euros. Qui paie ?",
    ),
]


@pytest.mark.parametrize(("office", "body"), PRICES)
def test_a_private_trades_price_is_out_of_scope(office, body):
    result = triage(title="tarifs", body=body, administration=office, use_model=False)
    assert TriageLabel.OUT_OF_SCOPE in result.labels
    assert (result.competent or {}).get("topic") == "prix_d_un_prestataire_prive"


@pytest.mark.parametrize(("office", "body"), IN_SCOPE)
def test_a_price_beside_a_public_procedure_stays(office, body):
    result = triage(title="tarifs", body=body, administration=office, use_model=False)
    assert (result.competent or {}).get("topic") != "prix_d_un_prestataire_prive"
