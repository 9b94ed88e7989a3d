"""Twenty-fourth pass, privacy: a title typed in lower case and the name after it ("m. Teixeira", "maitre
leroy", "docteur leroy"); a role or a number of metres stays. Fresh sentences, none from the corpora."""

from tests.privacy.helpers import output


def test_a_capitalised_surname_after_a_lower_case_m() -> None:
    masked = output("je garde les enfants de m. Teixeira le mercredi.")
    assert "Teixeira" not in masked, masked


def test_a_lower_case_surname_after_maitre() -> None:
    masked = output("la vente se fait chez maitre leroy la semaine prochaine, le médecin, docteur leroy, a signé")
    assert "leroy" not in masked, masked


def test_metres_and_roles_stay() -> None:
    masked = output("Le couloir fait 3 m. Ensuite vient la cuisine. J'ai écrit à monsieur le maire.")
    assert "Ensuite" in masked and "monsieur le maire" in masked, masked
