"""Nineteenth pass: a writer whose over-indebtedness file is already lodged is past "Déposer un dossier de
surendettement" (F134); the procedure's later fiches share the pointer and the message's own words pick the stage.
A writer who has debts and no file yet keeps F134. Fresh sentences, none from a corpus."""

import numpy as np
import pytest

from guichet.knowledge import situations
from guichet.knowledge.analysis import fold
from guichet.knowledge.query import understand
from guichet.knowledge.rerank import COLUMN, Candidates, rerank
from guichet.knowledge.situations import DEBTS, DEBTS_LODGED, distress
from tests.knowledge.rerank_helpers import index_of_titles


def _names(text: str) -> list[str]:
    return [hit.name for hit in distress(fold(text))]


@pytest.mark.parametrize(
    "message",
    [
        "J'ai monté un dossier à la Banque de France en février pour mes crédits, on m'a dit qu'il fallait attendre.",
        "Mon dossier de surendettement est en cours depuis l'automne, est-ce que je peux encore utiliser ma carte ?",
        "La commission m'a écrit que mon dossier était irrecevable alors que je dois 27 000 euros à quatre banques.",
        "Nous avons déjà déposé un dossier de surendettement, et maintenant le garage veut saisir la camionnette.",
        "Le plan de surendettement me laisse 40 euros par semaine pour manger, je ne tiens plus.",
    ],
)
def test_a_lodged_file_is_read_as_the_procedure_under_way(message):
    names = _names(message)
    assert DEBTS_LODGED in names
    assert DEBTS not in names


@pytest.mark.parametrize(
    "message",
    [
        # debts, no file yet: the deposit's fiche is the answer
        "J'ai six crédits revolving et je n'arrive plus à payer mes dettes, comment faire un dossier de "
        "surendettement ?",
        "Les huissiers m'appellent tous les jours pour mes dettes, je ne sais pas vers qui me tourner.",
    ],
)
def test_debts_without_a_file_keep_the_deposit(message):
    names = _names(message)
    assert DEBTS in names
    assert DEBTS_LODGED not in names
    hit = next(h for h in understand(message).distress if h.name == DEBTS)
    assert hit.fiches == ("F134",)


def test_a_file_for_something_else_is_no_over_indebtedness():
    # a file lodged at the town hall, no debt, no commission
    assert DEBTS_LODGED not in _names("J'ai déposé un dossier pour une place en crèche en mars, toujours rien.")


def _order(message: str, titles: dict[str, str]) -> list[str]:
    index = index_of_titles(titles)
    query = understand(message)
    n = len(index.fiches)
    ones = np.ones(n, dtype=np.float32)
    lexical = np.array([0.4, 0.4, 0.4, 0.9], dtype=np.float32)  # the message's words favour the last title
    candidates = Candidates.build(
        index, query, np.arange(n), first=ones, lexical=lexical, sub_best=ones, coverage=ones, dense=None, passage=None
    )
    # one procedure's stages share one pointer; the deposit (third) has none
    assert candidates.features[:, COLUMN["distress"]].tolist() == [1.0, 1.0, 0.0, 1.0]
    return [index.fiches[position]["fiche_id"] for position, _, _ in rerank(candidates)]


TITLES = {
    "F134": "Déposer un dossier de surendettement",
    "F34642": "Recevabilité du dossier de surendettement",
    "F16978": "Surendettement : rétablissement personnel sans liquidation judiciaire",
    "F31604": "Peut-on être expulsé de son logement pendant une procédure de surendettement ?",
}


def test_the_stage_the_message_names_comes_first_not_the_deposit():
    message = (
        "Mon dossier de surendettement a été accepté en mai mais le propriétaire veut quand même nous mettre à la "
        "porte avec les enfants. Est-ce que la procédure nous protège ?"
    )
    titles = {fiche: TITLES[fiche] for fiche in ("F34642", "F16978", "F134", "F31604")}
    order = _order(message, titles)
    assert order[0] == "F31604"
    assert order.index("F134") > 0


def test_the_switch_restores_the_eighteenth_pass_reading(monkeypatch):
    message = "Mon dossier de surendettement est en cours et l'huissier vient quand même, j'ai peur."
    assert DEBTS_LODGED in _names(message)
    monkeypatch.setattr(situations, "READ_DEBTS_LODGED", False)
    assert DEBTS_LODGED not in _names(message)
    assert DEBTS in _names(message)
