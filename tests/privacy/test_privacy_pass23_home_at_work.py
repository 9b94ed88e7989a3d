"""Twenty-third pass, privacy: a home inside a public building, where a caretaker or a teacher lives, is an address
("le logement de fonction (lycée Lapérouse, Albi)", "logés au groupe scolaire Les Tilleuls, à Mende"); a school
named without a home stays. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Nous devons rendre le logement de fonction (lycée Lapérouse, Albi) en juillet.", "lycée Lapérouse"),
        ("Mon mari est gardien, nous sommes logés au collège Jean Lurçat, à Aurillac.", "collège Jean Lurçat"),
        ("Nous sommes logés au groupe scolaire Les Tilleuls, à Mende, depuis 2015.", "groupe scolaire Les Tilleuls"),
    ],
)
def test_a_home_inside_a_public_building(text: str, home: str) -> None:
    masked = output(text)
    assert not survives(home, "address", masked), masked


def test_a_school_without_a_home_stays() -> None:
    assert "lycée Lapérouse" in output("Ma fille est en seconde au lycée Lapérouse depuis septembre.")
