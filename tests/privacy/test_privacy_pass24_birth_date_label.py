"""Twenty-fourth pass, privacy: a form's birth date label, the date, then "à" and the town ("Date de naissance :
… à Montauban"): the town is the place of birth. Fresh sentences, none from the corpora."""

from tests.privacy.helpers import output


def test_the_town_after_a_labelled_birth_date() -> None:
    masked = output("Nom : Ribeiro Anselme\nDate de naissance : 19/02/1983 à Cahors\nNationalité : française")
    assert "Cahors" not in masked and "19/02/1983" not in masked, masked


def test_a_label_before_a_verb_stays() -> None:
    masked = output("Date de naissance : 19/02/1983 à reporter sur la deuxième page.")
    assert "à reporter sur la deuxième page" in masked, masked
