"""Thirty-seventh pass (engineer-p112e): firms of the road and cooperatives by their trade and a name or a place, a
troupe whose name holds "à", and a birthplace after a hedged birth ("né vers 1920 à …", "née sous X … à …").

Fresh sentences, none from the corpora: the firm is masked as an employer and the town of birth as a birthplace; a
kind alone, a public service and a country of birth stay visible."""

import pytest

from guichet.privacy.recognizers.birthplace_hedged import HedgedBirthplaceRecognizer
from guichet.privacy.recognizers.transport_firms import TransportFirmRecognizer
from tests.privacy.helpers import output


def _firms(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in TransportFirmRecognizer().spans(text)]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Je roule depuis cinq ans pour les Taxis Bleus de l'Estuaire, au Havre.", "Bleus de l'Estuaire"),
        ("Signé : Taxi Morlaisien, artisan conventionné.", "Taxi Morlaisien"),
        ("Mon mari conduit un 38 tonnes pour Transports Kerjean Frères depuis 2012.", "Kerjean Frères"),
        ("On a été livrés par Les Gros Bras Déménagements la semaine dernière.", "Gros Bras Déménagements"),
        ("Mon fils est chauffeur à la coopérative laitière Val d'Ancre à Albert.", "Val d'Ancre"),
        ("Je livre le grain pour la coopérative agricole Terres du Lauragais.", "Terres du Lauragais"),
        ("J'ai monté ma petite société de transport, Roule Ma Poule 47, en mars.", "Roule Ma Poule 47"),
        ("Elle joue cet été avec la compagnie Plume à Plume dans le Gers.", "Plume à Plume"),
        ("Réservations au nom de Navettes Sud Express 31 uniquement.", "Sud Express 31"),
    ],
)
def test_a_firm_of_the_road_or_a_cooperative_is_masked(text: str, firm: str) -> None:
    assert any(firm in value for value in _firms(text))
    masked = output(text)
    assert firm not in masked
    assert "[EMPLOYEUR_1]" in masked


@pytest.mark.parametrize(
    "text",
    [
        "Les taxis conventionnés sont remboursés sur prescription médicale.",
        "Les Transports scolaires sont gratuits pour les élèves domiciliés à plus de 3 km.",
        "Une coopérative agricole peut employer des saisonniers.",
        "La coopérative d'utilisation de matériel agricole (Cuma) partage les engins.",
        "Transports en commun : la carte Solidarité Transport donne une réduction.",
        "Le Ministère des Transports fixe le tarif maximal des courses de taxi.",
    ],
)
def test_a_kind_alone_or_a_public_service_is_no_firm(text: str) -> None:
    assert _firms(text) == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Mon arrière-grand-père est né vers 1915 à Kédougou et il a servi en Indochine.", "Kédougou"),
        ("Je suis née sous X le 3 mai 1979 à Lannion et je cherche mes origines.", "Lannion"),
        ("Ma grand-mère, née aux alentours de 1932 à Tlemcen, n'a pas d'acte.", "Tlemcen"),
        ("Il est né environ en 1948 à Nioro, d'après son livret militaire.", "Nioro"),
    ],
)
def test_a_town_after_a_hedged_birth_is_masked(text: str, town: str) -> None:
    found = [text[a:b] for a, b, _ in HedgedBirthplaceRecognizer().spans(text)]
    assert town in found
    masked = output(text)
    assert town not in masked
    assert "[LIEU_NAISSANCE_1]" in masked


def test_a_country_after_a_hedged_birth_is_no_town() -> None:
    text = "Mon père est né vers 1940 au Mali, son acte est au service central d'état civil."
    assert [text[a:b] for a, b, _ in HedgedBirthplaceRecognizer().spans(text)] == []
    # (thirty-eighth pass: masked as a country of birth abroad)
    assert "né vers 1940 au [PAYS_NAISSANCE_ETRANGER_1]" in output(text)


def test_a_company_before_a_town_keeps_its_town_to_the_other_rules() -> None:
    assert _firms("J'ai volé avec la compagnie Transavia à Nantes le 3 mai.") == []


@pytest.mark.parametrize(
    "text",
    [
        "JE SUIS CHAUFFEUR DE TAXI A TOULOUSE ET J AI RECU UNE RELANCE",
        "JE NE SUIS PAS REMBOURSEE DES TAXIS DIALYSE DE MON PERE",
        "De : Service Carte VTC <no-reply@exemple.fr>",
        "Déménagement Mayotte : quelles aides pour le billet ?",
    ],
)
def test_capitals_a_service_or_a_title_is_no_firm(text: str) -> None:
    assert _firms(text) == []
