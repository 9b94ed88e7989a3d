"""Thirty-eighth pass (engineer-r60): the debts entry of the distress map (F134, the household's over-indebtedness
file) is not read for another person's debts nor for a business's; a writer who says debts of their own keeps it.
Fresh sentences, none from a corpus."""

import pytest

from guichet.knowledge import situations
from guichet.knowledge.analysis import fold
from guichet.knowledge.query import understand
from guichet.knowledge.situations import DEBTS, distress


def _names(text: str) -> list[str]:
    return [hit.name for hit in distress(fold(text))]


@pytest.mark.parametrize(
    "message",
    [
        # another person's debts
        "Ma tante est décédée à Noël, elle avait des dettes partout, trois crédits revolving et des loyers en retard. "
        "On a refusé la succession, est-ce qu'on peut garder son alliance ?",
        "Mon neveu de 23 ans vit chez moi, il a accumulé des crédits à la consommation et les huissiers appellent. "
        "Est-ce que je dois payer à sa place ?",
        "Les dettes de mon beau-père arrivent chez nous depuis son entrée en maison de retraite, et des sociétés de "
        "recouvrement appellent tous les soirs.",
        # a business's debts
        "Je suis coiffeuse à mon compte, micro-entrepreneuse depuis 2019, et j'ai 9 000 € de dettes URSSAF depuis la "
        "fermeture du salon. Est-ce que je vais perdre mon appartement ?",
        "Mon restaurant ne tourne plus, j'ai accumulé des dettes auprès des fournisseurs, plus de 30 000 euros.",
    ],
)
def test_debts_that_are_not_the_household_s_own_are_not_read_as_the_writer_s(message):
    assert DEBTS not in _names(message)


@pytest.mark.parametrize(
    "message",
    [
        "J'ai quatre crédits revolving et je n'arrive plus à rembourser, les relances arrivent tous les jours.",
        # the writer's own debts beside a relative's
        "Mon frère avait des dettes, mais moi aussi j'ai des dettes de loyer et de téléphone, je n'y arrive plus.",
        # a self-employed writer with a personal loan of their own
        "Je suis artisan, j'ai des dettes URSSAF, et j'ai aussi un découvert et un prêt personnel impayé.",
    ],
)
def test_the_writer_s_own_debts_keep_the_entry(message):
    assert DEBTS in _names(message)


def test_the_switch_gives_back_the_previous_reading(monkeypatch):
    message = "Mon grand-père avait des dettes partout, des crédits revolving, et il vient de mourir."
    assert DEBTS not in [hit.name for hit in understand(message).distress]
    monkeypatch.setattr(situations, "READ_DEBTS_OWNER", False)
    assert DEBTS in [hit.name for hit in understand(message).distress]
