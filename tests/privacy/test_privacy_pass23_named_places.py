"""Twenty-third pass, privacy: a crèche, a health centre or a "maison de santé" named after a famous person is the
place's name, left visible ("la crèche Louise Michel", "le centre de santé Simone Veil"); a person after a title
("la crèche de Mme Perrin") is still masked. Fresh sentences, none from the corpora."""

import pytest

from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mon fils est inscrit à la crèche Louise Michel depuis septembre.", "Louise Michel"),
        ("J'ai vu le médecin au centre de santé Simone Veil hier matin.", "Simone Veil"),
        ("La maison de santé Ambroise Paré a fermé son secrétariat.", "Ambroise Paré"),
    ],
)
def test_a_care_place_named_after_someone_famous_stays(text: str, kept: str) -> None:
    assert kept in output(text)


def test_a_person_after_a_title_is_still_masked() -> None:
    assert "Perrin" not in output("La crèche de Mme Perrin est fermée depuis lundi.")
