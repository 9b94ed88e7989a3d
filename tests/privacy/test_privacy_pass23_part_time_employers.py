"""Twenty-third pass, privacy: an employer after a work verb and how or where one works there ("je travaille à
mi-temps à la laverie Lavéo", "employé en CDD à la …", "travaillé en Belgique à la …"), and a firm's name joined by
"de l'" ("Fabrique de l'Ourthe"). Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Je travaille à mi-temps à la blanchisserie Linge d'Anjou depuis l'an dernier.", "Linge d'Anjou"),
        ("Elle est employée en CDD à la Biscuiterie Fortin jusqu'en juin.", "Biscuiterie Fortin"),
        ("Mon père a travaillé en Belgique à la Fabrique de l'Ourthe de 1962 à 1975.", "Fabrique de l'Ourthe"),
    ],
)
def test_an_employer_after_how_one_works(text: str, firm: str) -> None:
    masked = output(text)
    assert not survives(firm, "employer", masked), masked
