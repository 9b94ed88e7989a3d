"""Fortieth pass (engineer-r64): a parent left alone with the children, the other parent giving nothing, is read
before "plus aucune ressource", with the ASF's fiche; a pension fixed by a judge and unpaid, or a partner who pays
nothing with no child, is not. Fresh sentences, none from a corpus."""

import pytest

from guichet.knowledge import situations
from guichet.knowledge.analysis import fold
from guichet.knowledge.distress_lone_parent import LONE_PARENT_NAME
from guichet.knowledge.query import understand
from guichet.knowledge.situations import distress


def _names(text: str) -> list[str]:
    return [hit.name for hit in distress(fold(text))]


@pytest.mark.parametrize(
    "message",
    [
        "Le papa de mon fils est parti l'été dernier et il ne donne plus rien, on n'a jamais été mariés. Je n'ai "
        "plus aucun revenu à part mon mi-temps, qu'est-ce que la Caf peut faire ?",
        "Depuis la séparation, pas un centime depuis qu'il est parti, et j'élève nos trois enfants. Il existe une "
        "aide ?",
        "Mon ex ne participe plus du tout aux frais des enfants depuis qu'elle nous a quittés. J'ai droit à quoi ?",
    ],
)
def test_a_parent_left_alone_is_read_before_the_hardship(message):
    hits = distress(fold(message))
    assert hits[0].name == LONE_PARENT_NAME
    assert hits[0].fiches == ("F815",)


@pytest.mark.parametrize(
    "message",
    [
        # a pension fixed by the judge and unpaid: the unpaid maintenance's fiches, not this entry
        "Le père de mes enfants est parti et ne verse plus rien de la pension fixée par le juge, que faire ?",
        "Le juge a fixé 200 € par mois, mais depuis qu'il est parti il ne paie plus rien pour les enfants.",
        # a partner who pays nothing, no child
        "Mon compagnon est parti avec une autre et il ne paie plus rien du loyer, je peux le poursuivre ?",
    ],
)
def test_no_lone_parent_without_its_signs(message):
    assert LONE_PARENT_NAME not in _names(message)


def test_no_judgment_said_is_still_read():
    message = (
        "Il ne donne rien depuis qu'il est parti, il n'y a pas de jugement et aucune pension fixée, j'ai 2 enfants."
    )
    assert LONE_PARENT_NAME in _names(message)


def test_the_switch_gives_back_the_hardship_alone(monkeypatch):
    message = "Le père de ma fille est parti, il ne donne plus rien et je n'ai plus aucun revenu. Comment je fais ?"
    assert understand(message).distress[0].name == LONE_PARENT_NAME
    monkeypatch.setattr(situations, "READ_LONE_PARENT", False)
    assert [hit.name for hit in understand(message).distress] == ["plus aucune ressource"]
