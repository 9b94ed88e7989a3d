"""Twenty-fourth pass, second shift, privacy: a file number on the line above a phone ("n° dossier MDPH …⏎06 …"), an
EHPAD named after the writer's job ("agent d'entretien à l'EHPAD Les Mimosas") and a temping agency after a mission
("une mission pour l'agence Intérim-Plus") are masked. Fresh sentences, none from the corpora."""

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


def test_an_ehpad_named_after_a_job() -> None:
    masked = output("Je suis agent d'entretien à l'EHPAD Les Mimosas depuis 2019 et je suis en arrêt.")
    assert not survives("EHPAD Les Mimosas", "employer", masked) and "Mimosas" not in masked, masked


def test_a_temping_agency_after_a_mission() -> None:
    masked = output("Je me suis blessé pendant une mission pour l'agence Intérim-Plus en juin.")
    assert "Intérim-Plus" not in masked, masked


def test_an_ehpad_alone_and_a_national_agency_stay() -> None:
    masked = output("Mon employeur, l'EHPAD, a signé. Une mission pour l'Agence nationale de l'habitat.")
    assert "l'EHPAD" in masked and "Agence nationale" in masked, masked


def test_a_file_number_above_a_phone_line() -> None:
    masked = output("Merci\nKarine Vidal\nn° dossier MDPH 27-2021-4418\n07 61 22 45 90")
    assert "27-2021-4418" not in masked and "07 61 22 45 90" not in masked, masked
