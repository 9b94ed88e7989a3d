"""Twenty-fourth pass, privacy: a couple signing together with "&" on the last line ("Ben & Weng") is two names;
a service's name joined by "&" stays. Fresh sentences, none from the corpora."""

from tests.privacy.helpers import output


def test_two_short_names_joined_by_an_ampersand() -> None:
    masked = output("Is the allowance paid to both of us?\nthank you\nBen & Weng")
    assert "Ben" not in masked and "Weng" not in masked, masked


def test_a_service_joined_by_an_ampersand_stays() -> None:
    masked = output("Merci de votre aide.\nCordialement,\nLe service Logement & Habitat")
    assert "Habitat" in masked, masked
