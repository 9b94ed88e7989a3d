"""Twenty-fourth pass, privacy: a capitalised first name that is also a common word or a place ("Pierre", "Rose"),
joined by "et" to a full name, is the other person of the pair. Fresh sentences, none from the corpora."""

from tests.privacy.helpers import output


def test_a_common_first_name_before_a_full_name() -> None:
    masked = output("Le bail de mes beaux-parents, Pierre et Rose Dufresne, est résilié.")
    assert "Pierre" not in masked and "Dufresne" not in masked, masked


def test_a_common_first_name_after_a_full_name() -> None:
    masked = output("Je vis avec Marine Dufresne et Pierre depuis 2019.")
    assert "Pierre" not in masked and "Dufresne" not in masked, masked


def test_a_day_or_a_kin_word_before_a_full_name_stays() -> None:
    masked = output("Le courrier est arrivé Mardi et Josiane Vidal l'a ouvert. Nous avons vu Maman et Josiane Vidal.")
    assert "Mardi" in masked and "Maman" in masked, masked
