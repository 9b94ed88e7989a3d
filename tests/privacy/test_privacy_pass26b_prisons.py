"""Twenty-sixth pass, second shift (the lead's decision): a named prison or detention centre where a person is held
says where that person is and touches criminal matters; it is masked whole, as a care home or a hostel is. A prison
named as the place to send a form, with no one held there, and the prison administration stay visible. Fresh
sentences, none from the corpora."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


@pytest.mark.parametrize(
    ("text", "prison"),
    [
        ("Mon neveu est incarcéré au centre pénitentiaire de Châteaudun depuis mars.", "de Châteaudun"),
        ("Je voudrais écrire à la maison d'arrêt de Villepinte où est mon fils.", "de Villepinte"),
        ("Mon mari est retenu au centre de rétention administrative du Mesnil-Amelot.", "du Mesnil-Amelot"),
        ("Ma fille purge sa peine à la prison des Baumettes.", "des Baumettes"),
        ("Il est sorti de la maison centrale de Poissy le mois dernier.", "de Poissy"),
        ("Mon compagnon est détenu au centre de détention de Bapaume.", "de Bapaume"),
    ],
)
def test_a_prison_where_someone_is_held_is_masked(text: str, prison: str) -> None:
    result = pseudonymise(text)
    assert prison not in result.text, result.text
    assert any(value.endswith(prison) and key.startswith("[ETABLISSEMENT_") for key, value in result.mapping.items())


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Le formulaire est à envoyer au centre pénitentiaire de Châteaudun avant le 3 mars.", "Châteaudun"),
        ("L'administration pénitentiaire recrute des surveillants.", "administration pénitentiaire"),
        ("La maison d'arrêt.", "maison d'arrêt"),
        ("Le parloir de la prison de Villepinte ferme le lundi.", "Villepinte"),
    ],
)
def test_a_prison_with_no_one_held_stays(text: str, kept: str) -> None:
    assert kept in pseudonymise(text).text
