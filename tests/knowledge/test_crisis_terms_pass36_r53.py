"""Thirty-sixth pass (engineer-r53, issue 14): what people in crisis write for the procedure that answers them
(`guichet.knowledge.crisis_terms`): damages an offender never pays, an assault's care and lost work, children who lost
a parent, pay taken by a creditor. Sentences written fresh for these tests, none from a corpus."""

import pytest

from guichet.knowledge import vocabulary
from guichet.knowledge.crisis_terms import CRISIS_TERMS
from guichet.knowledge.query import understand


def _crisis_fiches(text: str) -> set[str]:
    found = vocabulary.find_every(text)
    return {fiche for one in found if one.term in CRISIS_TERMS for fiche in one.term.fiches}


@pytest.mark.parametrize(
    ("text", "fiche"),
    [
        (
            "Le voleur a été condamné par le tribunal à me verser 2 000 € de dommages et intérêts, "
            "mais il ne m'a jamais payé un centime. Que faire ?",
            "F1744",
        ),
        (
            "Un inconnu m'a frappé en pleine rue, j'ai le poignet cassé et 3 semaines d'ITT. "
            "Qui va m'indemniser s'il n'est jamais retrouvé ?",
            "F2313",
        ),
        ("Mes neveux ont perdu leur maman en mai, ils vivent chez nous. Il y a une aide ?", "F33646"),
        ("Le papa de mes trois enfants est décédé cet été, je n'ai plus que mon mi-temps.", "F33646"),
        (
            "Depuis la lettre du tribunal pour ma dette de loyer, on prend 300 euros sur mon salaire chaque mois. "
            "Ils ont le droit de me laisser si peu ?",
            "F115",
        ),
    ],
)
def test_a_crisis_told_points_to_its_fiche(text: str, fiche: str) -> None:
    assert fiche in _crisis_fiches(text)


@pytest.mark.parametrize(
    "text",
    [
        # a road accident: the insurer's and the FGAO's fiches, not the victims of an offence
        "Un chauffard m'a renversé, fracture du bassin, il n'était pas assuré. Qui paie mes soins ?",
        # an employer who received the seizure notice is the other side (`other_side`)
        "Je suis employeur, l'huissier m'demande de retenir une part sur le salaire de mon salarié.",
        # a pay rise, not a seizure
        "Mon patron prend en compte mes heures sup sur mon salaire de décembre ?",
        # a parent who died, and the question is a tax one: no orphan told
        "Ma mère est décédée en mars, comment déclarer ses revenus ?",
    ],
)
def test_a_neighbouring_story_is_not_read_as_the_crisis(text: str) -> None:
    assert not _crisis_fiches(text)


def test_the_pointer_reaches_the_query() -> None:
    query = understand("plus de parents\nNos petits-enfants n'ont plus de parents depuis l'accident. Une allocation ?")
    assert any("F33646" in found.term.fiches for found in query.vocabulary)


def test_the_switch_gives_back_the_previous_vocabulary() -> None:
    text = "Mes enfants ont perdu leur père l'an dernier, la CAF peut-elle nous aider ?"
    assert _crisis_fiches(text) == {"F33646"}
    vocabulary.READ_CRISIS_TERMS = False
    try:
        assert not _crisis_fiches(text)
    finally:
        vocabulary.READ_CRISIS_TERMS = True
