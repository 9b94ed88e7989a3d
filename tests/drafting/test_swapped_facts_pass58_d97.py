"""Fifty-eighth pass (engineer-d97, issue 14): a status, a year or a place swapped by the draft
(`persona.swapped_facts`): a year the message ties to one fact said of another (`FACT_YEARS`), a town said in another
role of the writer's life (`TOWN_ROLES`), and, shipped off, a birthplace the pseudonymisation masks said to be France
or the town where the writer lives (`BIRTHPLACES`), a marriage denied or ended read from « mon mari »
(`MARRIAGE_ENDED`), « hébergé à titre gratuit » (`HOSTED_FREE`). Fresh messages, as the pseudonymisation leaves them,
and items of batch d97's train split (named by their id)."""

import pytest

from guichet.drafting.persona import CONSISTENT, CONTRADICTED, find_claims, swapped_facts
from tests.batches import batch_item

_SWITCHES = ("FACT_YEARS", "TOWN_ROLES", "BIRTHPLACES", "MARRIAGE_ENDED", "HOSTED_FREE")


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(f"{sentence} [1]", message)
    return claims[0].verdict if claims else "none"


def _item(item_id: str) -> tuple[str, str, str]:
    item = batch_item("claims", "d97", item_id, train=True)
    return item["sentence"], item["message"], item["label"]


HOMES = "Mon père vit en maison de retraite depuis 2020 à Metz. Moi, j'habite à Nancy depuis 2007. Quelle aide ?"
COUPLE = "Nous nous sommes pacsés en 2016 puis mariés en 2021 à la mairie. Faut-il refaire nos papiers ?"
BORN_ABROAD = "Je suis née à [LIEU_NAISSANCE_1], en [PAYS_NAISSANCE_ETRANGER_1], et j'habite à Lille depuis mes 8 ans."
BORN_MASKED = "Je suis né à [LIEU_NAISSANCE_1] et j'habite à Annecy depuis mes études. Où demander mon acte ?"
UNMARRIED = "Mon mari, enfin mon compagnon, on n'est pas mariés, juste pacsés, a perdu son emploi."
REMARRIED = "Mon mari et moi avons divorcé en 2015, je me suis pacsée en 2019 avec mon compagnon actuel."
TENANT = "Je suis locataire d'un T2 depuis 2014 et le bailleur ne fait pas les travaux."


def test_the_shipped_switches() -> None:
    # three ship off: they mended train items only (docs/benchmarks.md, fifty-eighth pass)
    assert {name for name in _SWITCHES if getattr(swapped_facts, name)} == {"FACT_YEARS", "TOWN_ROLES"}


@pytest.mark.parametrize("on", [True, False])
def test_a_year_moved_to_another_fact(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(swapped_facts, "FACT_YEARS", on)
    message = "Mon frère est arrivé en France en 2022 ; moi je vis à Reims depuis 2010."
    assert _verdict("Vous êtes arrivé en France en 2022.", message) != CONTRADICTED  # no arrival told: silent
    # the year of the father's home given to the writer's; the Pacs's year given to the marriage
    assert (_verdict("Vous habitez à Nancy depuis 2020.", HOMES) == CONTRADICTED) is on
    assert (_verdict("Vous êtes mariés depuis 2016.", COUPLE) == CONTRADICTED) is on
    assert (_verdict("Vous êtes pacsés depuis 2016.", COUPLE) == CONTRADICTED) is False


def test_the_year_of_the_same_fact_stays_good() -> None:
    assert _verdict("Vous habitez à Nancy depuis 2007.", HOMES) == CONSISTENT
    assert _verdict("Vous êtes mariés depuis 2021.", COUPLE) != CONTRADICTED
    # a span of years, and a year the message gives no fact of the writer's, are left to the other readers
    message = "J'ai vécu à Lyon de 2010 à 2018, puis à Dijon. Je dois encore la taxe ?"
    assert _verdict("Vous avez vécu à Dijon de 2018 à 2022.", message) != CONTRADICTED
    assert _verdict("Votre père vit à Metz depuis 2007.", HOMES) != CONTRADICTED


@pytest.mark.parametrize("on", [True, False])
def test_a_town_moved_to_another_role(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(swapped_facts, "TOWN_ROLES", on)
    message = "Je travaille à l'hôpital de Rangueil et j'habite à Castanet. Je commence à 6 heures."
    assert (_verdict("Vous travaillez à Castanet.", message) == CONTRADICTED) is on
    # a birthplace the pseudonymisation masked, the town told as a workplace (`test_persona_pass48_d73`: "none" off)
    message = "Je suis né à [LIEU_NAISSANCE_1]. Je travaille à Nantes."
    assert (_verdict("Vous êtes né à Nantes.", message) == CONTRADICTED) is on


def test_a_town_in_its_own_role_stays_good() -> None:
    message = "Je travaille à Lyon et j'habite à Villeurbanne. Quel abonnement ?"
    assert _verdict("Vous habitez à Villeurbanne.", message) == CONSISTENT
    assert _verdict("Vous travaillez à Nice.", "Je travaille à domicile et j'habite à Nice.") != CONTRADICTED
    assert _verdict("Vous travaillez à Lyon.", "J'habite à Lyon et je travaille aussi à Lyon.") != CONTRADICTED


@pytest.mark.parametrize("on", [True, False])
def test_a_birthplace_swapped(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(swapped_facts, "BIRTHPLACES", on)
    monkeypatch.setattr(swapped_facts, "TOWN_ROLES", False)  # « né à Annecy » to « j'habite à Annecy »: both read it
    assert (_verdict("Vous êtes née en France.", BORN_ABROAD) == CONTRADICTED) is on
    assert (_verdict("Vous êtes né à Annecy.", BORN_MASKED) == CONTRADICTED) is on


def test_a_birthplace_told_stays_good(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(swapped_facts, "BIRTHPLACES", True)
    message = "Je suis né en France, à [LIEU_NAISSANCE_1], mais mes parents sont portugais. Suis-je français ?"
    assert _verdict("Né en France, vous pouvez être français sous conditions.", message) == CONSISTENT
    assert _verdict("Vous êtes né à Annecy.", "Je suis né à Annecy et j'habite à Lyon.") != CONTRADICTED
    assert _verdict("Votre fils, né à Annecy, peut être inscrit.", BORN_MASKED) != CONTRADICTED


@pytest.mark.parametrize("on", [True, False])
def test_a_marriage_denied_or_ended(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(swapped_facts, "MARRIAGE_ENDED", on)
    assert (_verdict("Vous êtes mariée.", UNMARRIED) == CONTRADICTED) is on
    assert (_verdict("Vous êtes mariée.", REMARRIED) == CONTRADICTED) is on


def test_a_marriage_told_stays_good(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(swapped_facts, "MARRIAGE_ENDED", True)
    assert _verdict("Vous êtes mariée.", "Mon mari et moi sommes mariés depuis 2010. Quelle aide ?") == CONSISTENT
    assert _verdict("Vous êtes mariée.", "Mon mari travaille à Lyon. Nous ne sommes pas divorcés.") == CONSISTENT
    sentence, message, label = _item("d97-004")  # « j'ai épousé ma femme en 2015 » / « marié depuis 2015 »
    assert label == CONSISTENT
    assert _verdict(sentence, message) == CONSISTENT


@pytest.mark.parametrize("on", [True, False])
def test_hosted_for_free(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(swapped_facts, "HOSTED_FREE", on)
    sentence = "Étant hébergé à titre gratuit, vous ne pouvez pas saisir la commission."
    assert (_verdict(sentence, TENANT) == CONTRADICTED) is on
    sentence, message, label = _item("d97-014")  # « locataire HLM » / « hébergé à titre gratuit »
    assert label == CONTRADICTED
    assert (_verdict(sentence, message) == CONTRADICTED) is on


def test_hosted_told_stays_good(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(swapped_facts, "HOSTED_FREE", True)
    message = "On vit chez mes beaux-parents depuis la naissance du bébé, on paie pas de loyer. On peut avoir l'APL ?"
    sentence = "Comme vous êtes hébergés gratuitement, vous ne pouvez pas percevoir l'APL."
    assert _verdict(sentence, message) == CONSISTENT
