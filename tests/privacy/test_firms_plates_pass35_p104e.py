"""Thirty-fifth pass, privacy (engineer-p104e; hospital, care homes and home help, batch p104e, unseen p99 and p102):
a firm named by its legal form or a family tail after its name, French or foreign, or after a manager's or a
driver's job; a foreign plate named after the vehicle; an address in capitals that runs into a phone's label. And
what stays: a legal form alone, a road's or a model's number after a vehicle. Fresh sentences, none from the
corpora."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Le prestataire Aide Et Sourire Morbihan SAS n'envoie plus personne le dimanche.",
            "Aide Et Sourire Morbihan SAS",
        ),
        ("Nous avons signé avec Séniors Chez Vous Services EURL pour les courses.", "Séniors Chez Vous Services EURL"),
        ("My brother drives for Vistula Cargo Sp. z o.o. since March.", "Vistula Cargo Sp. z o.o."),
        ("L'aide vient de Rheinland Pflege GmbH, de l'autre côté de la frontière.", "Rheinland Pflege GmbH"),
        ("Le lit médicalisé a été livré par Médical Service Gosselin & Fils hier.", "Médical Service Gosselin & Fils"),
        ("Ma fille est directrice d'agence chez Horizon Intérim Bretagne depuis mai.", "Horizon Intérim Bretagne"),
    ],
)
def test_a_firm_named_by_its_legal_form_or_tail_is_masked(text: str, firm: str) -> None:
    result = pseudonymise(text)
    assert firm not in result.text, result.text
    assert "[EMPLOYEUR_1]" in result.text, result.text


@pytest.mark.parametrize(
    "text",
    [
        "Pour créer une SARL ou une SAS, il faut déposer des statuts au greffe.",
        "Une SA peut avoir un conseil d'administration.",
    ],
)
def test_a_legal_form_alone_stays(text: str) -> None:
    assert pseudonymise(text).text == text


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Mon camion KRA 5172M a été flashé près de Valence.", "KRA 5172M"),
        ("La remorque CJ 40871 est restée sur l'aire de repos.", "CJ 40871"),
        ("Ma voiture 7314 HPD est immatriculée en Espagne.", "7314 HPD"),
    ],
)
def test_a_foreign_plate_after_the_vehicle_is_masked(text: str, plate: str) -> None:
    result = pseudonymise(text)
    assert plate not in result.text, result.text
    assert "[PLAQUE_1]" in result.text, result.text


@pytest.mark.parametrize(
    "text",
    [
        "Le camion roulait sur la RD 1085 puis sur l'A 63.",
        "Ma voiture BMW 320 est au garage depuis lundi.",
    ],
)
def test_a_road_or_a_model_after_a_vehicle_stays(text: str) -> None:
    assert "[PLAQUE" not in pseudonymise(text).text


def test_an_address_in_capitals_stops_before_the_phone_label() -> None:
    text = "MERCI DE ME REPONDRE. MME ODILE FAUCHER 8 RUE DU MOULIN 59300 VALENCIENNES TEL 03 27 41 56 90"
    result = pseudonymise(text)
    for piece in ("8 RUE DU MOULIN", "59300", "VALENCIENNES", "03 27 41 56 90"):
        assert piece not in result.text, result.text
    assert " TEL " in result.text, result.text
