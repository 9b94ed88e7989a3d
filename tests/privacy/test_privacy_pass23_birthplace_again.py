"""Twenty-third pass, privacy: the town of a birth named again elsewhere in the message is masked there too ("nous
arrivons de Mamoudzou … je suis née à Mamoudzou"), except as an office's, a court's or a street's ("le tribunal de
Pau"). Fresh sentences, none from the corpora."""

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


def test_the_town_of_a_birth_named_again() -> None:
    text = "Nous arrivons de Mamoudzou la semaine prochaine. Ma fille est née à Mamoudzou le 4 mai 2019."
    masked = output(text)
    assert not survives("Mamoudzou", "birthplace", masked), masked


def test_the_town_of_a_birth_as_a_form_lists_it() -> None:
    masked = output("Je suis née au Gosier. Sur le site, la liste propose « Gosier (Le) », c'est bon ?")
    assert not survives("Gosier (Le)", "birthplace", masked), masked


def test_a_court_of_the_same_town_stays() -> None:
    assert "tribunal de Tarbes" in output("Je suis né à Tarbes en 1971 et le tribunal de Tarbes m'a écrit.")
