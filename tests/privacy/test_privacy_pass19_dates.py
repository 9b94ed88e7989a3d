"""Nineteenth pass, privacy: a date written month first with its year, as American forms and some foreign files
print it ("09/17/1986": no 17th month), is a date; a share or a ratio of numbers that can be no date stays.
Fresh sentences, none from the corpora."""

import pytest

from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Sur le site, ma date de naissance est affichée 04/23/1979, c'est inversé.", "04/23/1979"),
        ("Dans mon espace il est écrit date 11/23/1984, ce qui est faux.", "11/23/1984"),
    ],
)
def test_a_date_month_first(text: str, date: str) -> None:
    masked = output(text)
    assert date not in masked, masked


def test_no_date_stays() -> None:
    masked = output("Le score final était de 13/45/2000 points au concours.")
    assert "13/45/2000" in masked, masked


def test_a_year_of_birth_with_its_month_in_brackets() -> None:
    masked = output("Ma mère, Mme Fadma Ouchen, est née le 1952 (03) à Ouarzazate selon son passeport.")
    assert "1952 (03)" not in masked and "1952" not in masked, masked
