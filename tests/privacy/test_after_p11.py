"""After the unseen batch p11 (seventh pass, measured once): a name written in its own script ("王秀英") reached a
prompt. The examples are written for this file."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output

CASES = [
    ("Je vous écris pour ma voisine, Mme Li (李秀兰), qui ne lit pas le français.", "李秀兰"),
    ("Je suis Олена Коваль, arrivée d'Ukraine en mars, et j'attends ma carte.", "Олена Коваль"),
    ("Mon mari, محمد العلوي, travaille à Lyon depuis 2019.", "محمد العلوي"),
    ("Ma belle-fille 김민지 a besoin d'une attestation de la CAF.", "김민지"),
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_a_name_in_another_script_is_removed(text: str, name: str) -> None:
    assert not survives(name, "person", output(text)), output(text)


def test_a_french_text_with_no_other_script_is_untouched() -> None:
    text = "La carte de séjour « vie privée et familiale » est délivrée par la préfecture."
    assert output(text) == text
