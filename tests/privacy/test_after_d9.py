"""A child's first name after "notre deuxième enfant," or "mon dernier fils," (the one string of the eighth pass's
unseen drafting batch d9 that reached a prompt). The examples are written for this file, none from corpora/."""

import pytest

from guichet.privacy.evaluation import survives
from guichet.privacy.pseudonymise import pseudonymise_message


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Notre deuxième enfant, Ange, est né le 3 juin à Nantes.", "Ange"),
        ("Mon dernier fils, Loup, entre en sixième.", "Loup"),
        ("Ma seconde fille, Capucine, est en apprentissage.", "Capucine"),
        ("Notre troisième enfant, Lune, a une allergie.", "Lune"),
    ],
)
def test_a_child_named_after_an_ordinal_relative_is_masked(body, name):
    assert not survives(name, "PERSONNE", pseudonymise_message(title="", body=body)[1].text)


@pytest.mark.parametrize(
    "body",
    [
        "Notre troisième enfant, né en mars, est à la crèche.",
        "Pour notre deuxième enfant, la Caf a versé la prime de naissance.",
        "Mon dernier fils, Pôle emploi l'a radié sans prévenir.",
    ],
)
def test_what_follows_an_ordinal_relative_is_not_a_name_by_itself(body):
    assert pseudonymise_message(title="", body=body)[1].text == body
