"""Forty-eighth pass (engineer-d73, issue 14): the places of the writer's life — where they live, work, were born,
lived before or moved from and to — and whose place it is, compared with the place a draft gives them at the draft's
level (a town, a département, a region, a country) through the message's own chain of places or the small table of
`places` (`PLACE_ROLES`, on); a relative's town no longer taken for the writer's (`OTHERS_TOWNS`, on); a place in a
role the message never tells made unsupported (`UNTOLD_PLACES`, off). Fresh examples, none from batch d73 nor c38;
each switch is shown at work, with a case it must leave alone, and switched off."""

import pytest

from guichet.drafting.persona import CONSISTENT, CONTRADICTED, UNSUPPORTED, find_claims, places, swapped_facts


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(sentence, message)
    return claims[0].verdict if claims else "none"


SISTER = "Ma sœur habite à Bastia et s'occupe de notre père. Moi, je vis à Perpignan avec mon mari. Que faire ?"
MOVED = "Nous avons quitté Rennes cet été pour nous installer dans le Var, à Toulon. La CAF ne suit pas."
LEGS = "En deux ans j'ai déménagé de Lille à Amiens, puis d'Amiens à Beauvais. Je ne sais plus où voter."
ISLAND = "Je vis en Martinique, à Fort-de-France, depuis ma naissance. Mon cousin habite en Guadeloupe."
ABROAD = "Je suis partie vivre à Lisbonne il y a deux ans. Je touche encore une petite pension française."
WORK = "J'habite à Montreuil et je travaille tous les jours à Bobigny dans un collège. Je voudrais un congé."
SON = "Mon fils travaille à Genève et moi j'habite à Chambéry. Il m'aide pour payer mon loyer."
RETIRED = "Je suis retraité et j'habite à Quimper. Ma fille vit à Brest avec ses enfants."


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (SISTER, "Vous habitez en Corse."),  # the sister's island, the writer in the Pyrénées-Orientales
        (SISTER, "Vous résidez à Bastia."),
        (MOVED, "Vous résidez en Bretagne."),  # the region left, not the one reached
        (MOVED, "Vous habitez toujours à Rennes."),
        (LEGS, "Vous habitez dans le Nord."),  # Beauvais is in the Oise (the table)
        (ISLAND, "Vous vivez en Guadeloupe."),
        (ISLAND, "Vous résidez en métropole."),
        (ABROAD, "Vous résidez en France."),
        (WORK, "Vous travaillez à Montreuil."),
        (RETIRED, "Vous vivez à Brest."),
    ],
)
def test_a_place_of_another_role_level_or_person_is_a_contradiction(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) == CONTRADICTED


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (SISTER, "Vous habitez en Occitanie."),
        (SISTER, "Vous vivez à Perpignan."),
        (MOVED, "Vous résidez désormais dans le Var."),
        (MOVED, "Vous avez quitté la Bretagne pour vous installer en Provence-Alpes-Côte d'Azur."),
        (LEGS, "Vous habitez dans l'Oise."),
        (ISLAND, "Vous vivez outre-mer."),
        (ABROAD, "Vous résidez à l'étranger."),
        (WORK, "Vous travaillez en Seine-Saint-Denis."),
        (RETIRED, "Vous habitez dans le Finistère."),
    ],
)
def test_a_place_the_message_gives_the_writer_is_consistent(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) == CONSISTENT


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        # a town the table does not hold is put in no département: no geography guessed
        ("J'habite à Plouguerneau depuis dix ans. Mon voisin fait trop de bruit.", "Vous habitez en Bretagne."),
        # a condition is no claim
        (SISTER, "Si vous habitez en Corse, adressez-vous à la caisse d'Ajaccio."),
        # where the writer works is not told: a home says nothing of it
        (RETIRED, "Vous travaillez à Quimper."),
        # "quitté la SNCF pour prendre sa retraite": no place left, no place reached
        ("J'ai quitté la SNCF pour prendre ma retraite. J'habite à Dijon.", "Vous avez quitté la SNCF en 2020."),
    ],
)
def test_what_the_places_cannot_decide_is_not_removed(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) != CONTRADICTED


def test_the_place_roles_switched_off_leave_a_region_unread(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Vous habitez en Corse."
    assert _verdict(sentence, SISTER) == CONTRADICTED
    monkeypatch.setattr(places, "PLACE_ROLES", False)
    assert _verdict(sentence, SISTER) == "none"


def test_a_relatives_town_is_not_the_writers(monkeypatch: pytest.MonkeyPatch) -> None:
    message = "Mon frère habite à Cherbourg et moi à Saint-Malo. Il veut venir vivre chez moi."
    sentence = "Vous vivez à Saint-Malo."
    monkeypatch.setattr(places, "PLACE_ROLES", False)  # the town reader alone (`particulars`)
    assert _verdict(sentence, message) != CONTRADICTED
    # the writer's own verb is still the writer's town
    assert _verdict("Vous vivez à Cherbourg.", "J'habite à Cherbourg depuis 2015.") == CONSISTENT
    monkeypatch.setattr(places, "OTHERS_TOWNS", False)
    assert _verdict(sentence, message) == CONTRADICTED


def test_a_place_in_a_role_never_told_stays_undecided_while_the_switch_is_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    message = "Je travaille à Nantes dans un garage. Mon patron ne me paie plus."
    sentence = "Vous êtes né à Nantes."
    assert places.UNTOLD_PLACES is False
    assert _verdict(sentence, message) == "none"
    monkeypatch.setattr(places, "UNTOLD_PLACES", True)
    assert _verdict(sentence, message) == UNSUPPORTED
    # a birthplace the pseudonymisation masked is a birthplace told (and, the town told in another role, contradicted
    # by `swapped_facts.TOWN_ROLES`, fifty-eighth pass: its own test)
    monkeypatch.setattr(swapped_facts, "TOWN_ROLES", False)
    assert _verdict(sentence, "Je suis né à [LIEU_NAISSANCE_1]. Je travaille à Nantes.") == "none"
