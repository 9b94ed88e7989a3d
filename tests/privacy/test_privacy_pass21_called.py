"""Twenty-first pass, privacy: the name someone goes by, said in the present ("se fait appeler Bird", an English
word the other name rules leave), as the past ("se faisait appeler") already was. Fresh sentences, none from the
corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mon fils aîné, né sous le prénom de Gaspard, se fait appeler Bird depuis le lycée.", "Bird"),
    ],
)
def test_the_name_someone_goes_by(text: str, name: str) -> None:
    masked = output(text)
    assert not survives(name, "nickname", masked), masked


def test_a_title_after_the_verb_stays() -> None:
    text = "Le directeur se fait appeler Monsieur par les élèves."
    assert output(text) == text
