"""Fiftieth pass (engineer-d77, issue 14): the numbers a draft works out from the message (`persona.computed`). A
sum's half, double or triple (« un loyer de 960 € partagé pour moitié » / « votre part est de 480 € »,
`HALVES_AND_DOUBLES`), a percentage of a sum and its rest (« 70 % d'un temps plein à 1 900 € » / « 1 330 € »,
`PERCENTAGES`), the children counted from their groups (« un fils de 9 ans et deux filles » / « trois enfants »,
`SUMMED_CHILDREN`) and counted by age (« mes enfants ont 1, 4 et 11 ans » / « deux de vos enfants ont moins de six
ans », `COUNTED_BY_AGE`). `PERCENTAGES` and `COUNTED_BY_AGE` ship on; `HALVES_AND_DOUBLES` and `SUMMED_CHILDREN`
gained on train only and ship off: these tests switch them on, but one that shows the shipped setting. Fresh
messages, none from batch d77 nor any corpus; each reading is shown at work, with the look-alikes it must leave
alone, and switched off."""

import pytest

from guichet.drafting.persona import CONSISTENT, CONTRADICTED, UNSUPPORTED, computed, find_claims, resources


@pytest.fixture(autouse=True)
def _all_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(computed, "HALVES_AND_DOUBLES", True)
    monkeypatch.setattr(computed, "SUMMED_CHILDREN", True)


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(sentence, message)
    return claims[0].verdict if claims else "none"


SHARED = "Mon studio à Tours coûte 960 € de loyer par mois, que je paie pour moitié avec mon cousin."
DOUBLED = "Mon loyer de 420 € a doublé au renouvellement du bail, je ne peux plus suivre."
PART_TIME = "Je travaille à 70 % sur un poste de secrétaire payé 1 900 € net à temps plein."
KIDS = "Nous avons un fils de 9 ans et deux filles de 3 et 6 ans, je cherche un centre aéré."
HOMES = "Depuis le divorce nos enfants vivent trois chez leur mère et un chez moi, comment déclarer les allocations ?"
AGES = "Mes enfants ont 1, 4 et 11 ans et je reprends le travail en septembre. Quel mode de garde choisir ?"
SPLIT = "J'ai cinq enfants dont deux de moins de trois ans, la crèche me refuse une place."


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (SHARED, "Votre part du loyer s'élève à 480 € par mois."),
        (DOUBLED, "Votre loyer atteint maintenant 840 € par mois."),
        (PART_TIME, "Votre salaire net est de 1 330 € par mois."),
        (KIDS, "Vous avez trois enfants."),
        (HOMES, "Vous avez quatre enfants."),
        (AGES, "Deux de vos enfants ont moins de six ans."),
        (SPLIT, "Trois de vos enfants ont trois ans ou plus."),
    ],
)
def test_a_number_worked_out_right_is_consistent(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) == CONSISTENT


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (SHARED, "Votre part du loyer s'élève à 320 € par mois."),
        (DOUBLED, "Votre loyer atteint maintenant 1 260 € par mois."),
        (HOMES, "Vous avez trois enfants."),
        (AGES, "Tous vos enfants ont moins de six ans."),
        (SPLIT, "Un seul de vos enfants a trois ans ou plus."),
    ],
)
def test_a_number_worked_out_wrong_is_contradicted(message: str, sentence: str) -> None:
    assert _verdict(sentence, message) == CONTRADICTED


def test_a_number_the_message_does_not_allow_is_left_unsupported() -> None:
    # no figure of the rent: its half is no computation
    assert _verdict("Votre part du loyer est de 480 €.", "Je partage mon loyer pour moitié avec mon cousin.") in {
        UNSUPPORTED,
        "none",
    }
    # one child's age alone says nothing of the others
    one = "Mon plus jeune a 2 ans, il n'a pas de place à la crèche."
    assert _verdict("Deux de vos enfants ont moins de six ans.", one) != CONTRADICTED
    # a bound the message does not split by
    assert _verdict("Deux de vos enfants ont moins de dix ans.", SPLIT) != CONTRADICTED


def test_look_alikes_are_left_alone() -> None:
    # the sum itself, said back, stays consistent; another rent stays contradicted
    assert _verdict("Votre loyer est de 960 € par mois.", SHARED) == CONSISTENT
    assert _verdict("Votre loyer est de 1 000 € par mois.", SHARED) == CONTRADICTED
    # a disability rate is no share of a sum
    rate = "J'ai un taux d'invalidité de 80 % et je touche une pension de 1 000 € par mois."
    assert _verdict("Votre pension est de 800 € par mois.", rate) == CONTRADICTED
    # a count told outright is kept
    assert _verdict("Vous avez deux enfants.", "J'ai deux enfants et je vis seule.") == CONSISTENT


def test_the_shipped_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(computed, "HALVES_AND_DOUBLES", False)
    monkeypatch.setattr(computed, "SUMMED_CHILDREN", False)
    monkeypatch.setattr(resources, "RENT_SHARE", False)  # pass 55: « pour moitié » also read as the writer's share
    assert _verdict("Votre part du loyer s'élève à 480 € par mois.", SHARED) == CONTRADICTED  # the half: off
    assert _verdict("Votre salaire net est de 1 330 € par mois.", PART_TIME) == CONSISTENT
    assert _verdict("Tous vos enfants ont moins de six ans.", AGES) == CONTRADICTED
    assert _verdict("Vous avez trois enfants.", HOMES) != CONTRADICTED  # the groups are not summed: off


def test_each_switch_off_gives_back_the_old_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(computed, "HALVES_AND_DOUBLES", False)
    monkeypatch.setattr(resources, "RENT_SHARE", False)  # pass 55: « pour moitié » also read as the writer's share
    assert _verdict("Votre part du loyer s'élève à 480 € par mois.", SHARED) == CONTRADICTED
    monkeypatch.setattr(computed, "PERCENTAGES", False)
    assert _verdict("Votre salaire net est de 1 330 € par mois.", PART_TIME) != CONSISTENT
    monkeypatch.setattr(computed, "SUMMED_CHILDREN", False)
    assert _verdict("Vous avez trois enfants.", HOMES) != CONTRADICTED
    monkeypatch.setattr(computed, "COUNTED_BY_AGE", False)
    assert _verdict("Tous vos enfants ont moins de six ans.", AGES) != CONTRADICTED
