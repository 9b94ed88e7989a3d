"""Twenty-fourth pass, privacy: a one-person firm named by its owner's initials and its trade ("TR Plomberie",
"LB Conseil") is the writer's firm; a common abbreviation before a trade word stays. Fresh sentences, none from the
corpora."""

from tests.privacy.helpers import output


def test_initials_and_a_trade_in_a_bracket() -> None:
    masked = output("Je suis gérant de mon entreprise individuelle (TR Plomberie, à Dole) depuis 2021.")
    assert "TR Plomberie" not in masked, masked


def test_initials_and_a_trade_on_a_signature_line() -> None:
    masked = output("Merci de votre réponse.\n\nSylvain Ferrand\nLB Conseil\n06 21 43 65 87")
    assert "LB Conseil" not in masked, masked


def test_a_common_abbreviation_stays() -> None:
    masked = output("Le service RH Conseil de la mairie m'a renvoyé vers vous.")
    assert "RH Conseil" in masked, masked
