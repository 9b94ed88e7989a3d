"""Twenty-fourth pass, second shift, privacy: a birth in a hospital, a clinic or a maternity named by its own name
("née à la clinique Bel-Air"): the name is the place of birth. Fresh sentences, none from the corpora."""

from tests.privacy.helpers import output


def test_a_clinic_named_by_its_name_after_a_birth() -> None:
    masked = output("Mon fils Timéo est né le 3 mars 2023 à la clinique Saint-Roch, il a un handicap moteur.")
    assert "Saint-Roch" not in masked, masked


def test_a_hospital_named_after_a_person_after_a_birth() -> None:
    masked = output("Ma fille est née le 12/09/2022 à la maternité de l'hôpital Louis-Mourier, à terme.")
    assert "Louis-Mourier" not in masked, masked


def test_an_unnamed_clinic_stays() -> None:
    masked = output("Mon fils est né à la clinique de nuit, tout s'est bien passé.")
    assert "à la clinique de nuit" in masked, masked
