"""Twenty-fourth pass, second shift, privacy: the firm the writer left, with the new work said after it ("j'ai
quitté Rhône Fret Services et je travaille maintenant chez …"), is an employer. Fresh sentences, none from the
corpora."""

from tests.privacy.helpers import output


def test_the_firm_left_before_a_new_job() -> None:
    masked = output("Depuis mars j'ai quitté Rhône Fret Services et je travaille maintenant en intérim.")
    assert "Rhône Fret Services" not in masked and "Fret" not in masked, masked


def test_a_town_left_without_work_stays() -> None:
    masked = output("J'ai quitté Nantes en 2019 pour me rapprocher de ma fille.")
    assert "Nantes" in masked, masked
