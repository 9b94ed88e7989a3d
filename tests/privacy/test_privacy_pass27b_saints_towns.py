"""Twenty-seventh pass, second shift (p73): a town named after a saint, typed in lower case, is no first name and
surname ("j'habite st louis"). Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("je bosse a geneve depuis mars et j'habite st julien, c'est pour la cmu", "st julien"),
        ("bonjour j'habite ste marie et je travaille en suisse depuis un an", "ste marie"),
    ],
)
def test_a_saints_town_in_lower_case_stays(text: str, town: str) -> None:
    assert town in pseudonymise(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("bonjour moi c'est lea marchand, j'habite st julien", "marchand"),
        ("merci de me rappeler, louis martin", "martin"),
        ("je suis fatima et j'habite st louis depuis 2020", "fatima"),
    ],
)
def test_names_beside_them_are_still_masked(text: str, name: str) -> None:
    assert name not in pseudonymise(text).text.lower()
