"""Forty-first pass, privacy (issue 13, engineer-p129e): dates in a citizen's text that date no one.

An office's deadline ("au plus tard le", "date limite", "due le", a campaign's or a claim's last day) and a tax year
stay as written; a date of a life beside the same words (a death, a birth, a stay in hospital, a marriage, an
accident, a separation) is still masked, and so are the kinds older batches plant as personal: "avant le …", a
mail header's stamp, a payment day, the day a paper came, a day said alone. Fresh sentences, none from the corpora.
"""

import pytest

from guichet.privacy.recognizers import date_purposes
from tests.privacy.helpers import output


@pytest.fixture(autouse=True)
def _rule_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rule ships off (the lead, forty-first pass: `test_dates_pass41_lead.py`); these tests read it on."""
    monkeypatch.setattr(date_purposes, "ENABLED", True)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Bonjour, ma taxe foncière est à payer au plus tard le 15 octobre 2026 ?", "15 octobre 2026"),
        ("Bonjour, pour ma bourse, la date limite de dépôt est-elle le 31 mars 2027 ?", "31 mars 2027"),
        ("Bonjour, ma déclaration du 2e trimestre est due le 31 juillet 2026 ?", "31 juillet 2026"),
        ("Bonjour, la campagne de bourse est ouverte jusqu'au 15 octobre 2026 ? Ma fille y a droit.", "15 octobre"),
        ("Bonjour, pour ma taxe, une réclamation est possible jusqu'au 31 décembre 2027 ?", "31 décembre 2027"),
        ("Bonjour, mes revenus 2025 ont baissé de moitié.", "2025"),
        ("Bonjour, on me réclame l'impôt sur le revenu 2021 et 2022 de mon ex-mari.", "2022"),
    ],
)
def test_a_date_of_no_one_stays(text: str, date: str) -> None:
    assert date in output(text), output(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Bonjour, ma mère est décédée le 4 octobre 2026, juste avant la date limite de sa déclaration.", "4 octobre"),
        ("Bonjour, mon fils est né le 12 janvier 2026, la date limite de la prime est passée ?", "12 janvier"),
        ("Bonjour, j'ai été opéré le 3 septembre 2026. Mon loyer est dû le 5.", "3 septembre"),
        ("Bonjour, nous nous sommes mariés le 18 juillet 2026 et je dois changer mon nom aux impôts.", "18 juillet"),
        ("Bonjour, j'ai eu un accident de travail le 9 mars 2026, au plus tard je reprends en mai.", "9 mars"),
        ("Bonjour, mon père est hospitalisé depuis le 2 novembre 2026 et doit payer avant le 5.", "2 novembre"),
        ("Bonjour, je suis arrivé en France en 2019 et j'ai déclaré mes revenus depuis.", "2019"),
        ("Bonjour, je me suis séparée de mon conjoint le 1er août 2026 ; la CAF a versé l'ASF depuis.", "1er août"),
        ("Bonjour, je suis en arrêt jusqu'au 15 octobre 2026 après mon opération.", "15 octobre"),
        ("Bonjour, ma mère a été hospitalisée jusqu'au 3 mars 2026, la chambre restait ouverte.", "3 mars"),
        # kinds that older batches plant as personal (`date`): left masked
        ("Bonjour, je dois envoyer ma déclaration avant le 15 octobre 2026. Merci.", "15 octobre"),
        ("Bonjour, j'ai reçu le 3 juillet 2026 l'avis de taxe foncière de ma maison.", "3 juillet"),
        ("Bonjour, mon ARS sera-t-elle versée le 18 août 2026 ?", "18 août"),
        ("Bonjour,\n\nDe : Service des impôts\nEnvoyé : lundi 2 novembre 2026 10:12\nObjet : RSA", "2 novembre"),
        ("Bonjour, suite à votre courrier du 8 juin 2026, je joins mes pièces.", "8 juin"),
        ("Bonjour, j'attends votre réponse avant le 8 svp.", "le 8"),
    ],
)
def test_a_date_of_a_life_or_planted_as_one_is_still_masked(text: str, date: str) -> None:
    assert date not in output(text), output(text)


def test_the_switch_restores_the_fortieth_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Bonjour, ma déclaration est due le 31 juillet 2026 ?"
    assert "31 juillet 2026" in output(text)
    monkeypatch.setattr(date_purposes, "ENABLED", False)
    assert "31 juillet 2026" not in output(text)


def test_purpose_names_the_reason() -> None:
    text = "Bonjour, je dois payer au plus tard le 15 octobre 2026."
    start = text.index("15 octobre")
    assert date_purposes.purpose(text, start, start + len("15 octobre 2026")) == "deadline"
    text = "Bonjour, mes revenus 2025 ont baissé."
    start = text.index("2025")
    assert date_purposes.purpose(text, start, start + 4) == "tax_year"
    text = "Bonjour, mon père est décédé le 2 juin 2026."
    start = text.index("2 juin")
    assert date_purposes.purpose(text, start, start + len("2 juin 2026")) is None
