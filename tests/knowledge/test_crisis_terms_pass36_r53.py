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
        ("Samedi un collègue m'a touchée dans l'ascenseur alors que j'avais dit non. Je porte plainte où ?", "F33891"),
        ("Il a eu un rapport avec moi pendant que j'étais endormie, je n'ose pas en parler.", "F1526"),
        ("Quand j'avais 10 ans, mon beau-père m'a fait des choses. J'ai 30 ans, est-ce trop tard ?", "F2274"),
        ("Un homme demande à ma fille de 12 ans des photos d'elle en sous-vêtements sur Snapchat.", "F2274"),
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
        # touched, with consent or by a doctor's exam: no refusal told
        "Le kiné m'a touchée le dos pendant la séance, c'est remboursé ?",
    ],
)
def test_a_neighbouring_story_is_not_read_as_the_crisis(text: str) -> None:
    assert not _crisis_fiches(text)


def test_a_child_then_is_not_read_as_an_adult_victim() -> None:
    text = "À 9 ans, un voisin m'a touchée alors que je ne voulais pas. Je suis adulte maintenant."
    assert _crisis_fiches(text) == {"F2274"}


def test_the_widowed_parent_counts_half_in_the_story() -> None:
    query = understand("Mon mari est décédé en mai, je suis seule avec nos enfants. Combien de parts pour l'impôt ?")
    orphan = [found for found in query.vocabulary if "F33646" in found.term.fiches]
    assert orphan and not orphan[0].term.told


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
