"""Twenty-fourth pass, privacy: a notary's office named after its notaries ("l'étude Garnier-Roussel"); a study
named after a body stays ("l'étude Insee"). Fresh sentences, none from the corpora."""

from tests.privacy.helpers import output


def test_a_notary_office_named_after_two_surnames() -> None:
    masked = output("Pour la vente de la maison, c'est l'étude Garnier-Roussel à Poitiers qui s'en occupe.")
    assert "Garnier" not in masked and "Roussel" not in masked, masked


def test_a_study_by_a_body_stays() -> None:
    masked = output("J'ai lu l'étude Insee sur les loyers à Poitiers.")
    assert "Insee" in masked, masked
