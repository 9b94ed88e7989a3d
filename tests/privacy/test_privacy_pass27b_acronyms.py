"""Twenty-seventh pass, second shift (p73): an institution's acronym between brackets, spelled out by the words
right before it, is no name, even after a kin word ("… des enfants (CAE)"). Fresh sentences, none from the
corpora."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("La Caisse pour l'avenir des enfants (CAE) me demande encore une attestation, mon fils a 4 ans.", "CAE"),
        ("J'ai écrit à l'Office national des allocations familiales des enfants (ONAFE) pour ma fille.", "ONAFE"),
    ],
)
def test_a_spelled_acronym_stays(text: str, acronym: str) -> None:
    assert acronym in pseudonymise(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mes enfants (ZOE et NOAH) sont scolarisés à Thionville.", "ZOE"),
        ("Ma fille (Inès) est malade et mon fils (YANIS) aussi.", "YANIS"),
    ],
)
def test_a_childs_name_in_brackets_is_still_masked(text: str, name: str) -> None:
    assert name not in pseudonymise(text).text
