"""Forty-first pass (engineer-ea): an act asked on the office's own topic alone keeps the competence map's veto
(`triage_own_act`), and animals are the business of the mairie, the préfecture and the DDPP (`triage_animal_business`).
Fresh sentences, in none of the corpora."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_animal_business import animal_business_asked, animal_office, private_need_at
from guichet.drafting.triage_counterparties import PRIVATE_NEED_MIN, private_need
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_own_act import own_act_asked
from guichet.drafting.triage_profiles import administration_profiles

OUT = TriageLabel.OUT_OF_SCOPE

# Short asks of the office's own business, written between two tasks.
OWN_ACTS = [
    ("CAF", "Pouvez-vous recalculer mon APL ? Merci"),
    ("Impôts", "Vous pouvez baisser mon taux de prélèvement à la source ? Merci"),
    ("CPAM", "Ma carte Vitale est cassée, vous pouvez m'en refaire une ? Merci"),
]
# Acts of another body asked of the office: still sent away.
OTHER_ACTS = [
    ("CPAM", "Pouvez-vous rembourser mes lunettes à la place de ma mutuelle ?"),
    ("CAF", "Pouvez-vous calculer ma retraite ? Merci"),
]


@pytest.mark.parametrize(("office", "body"), OWN_ACTS)
def test_an_own_act_asked_in_one_line_stays_in_scope(office: str, body: str) -> None:
    assert own_act_asked(administration_profiles(office), body)
    assert OUT not in triage(title="", body=body, administration=office).labels


@pytest.mark.parametrize(("office", "body"), OTHER_ACTS)
def test_another_bodys_act_is_still_sent_away(office: str, body: str) -> None:
    assert OUT in triage(title="", body=body, administration=office).labels


def test_own_act_needs_the_offices_topic_and_no_other() -> None:
    caf = administration_profiles("CAF")
    assert not own_act_asked(caf, "Pouvez-vous demander à mon propriétaire de baisser le loyer ?")
    assert not own_act_asked(caf, "Pouvez-vous recalculer mon APL et ma retraite ?")
    assert not own_act_asked(caf, "Je voudrais savoir comment on recalcule l'APL.")  # no act asked
    assert not own_act_asked(set(), "Pouvez-vous recalculer mon APL ?")  # no profile


def test_the_switch_off_lets_the_model_through_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("guichet.drafting.triage_own_act.OWN_ACT_KEEPS_VETO", False)
    assert OUT in triage(title="", body="Pouvez-vous recalculer mon APL ? Merci", administration="CAF").labels


ANIMAL_BUSINESS = [
    (
        "Mairie de Lannion",
        "Une dizaine de chats errants dorment sous le préau de l'école. La commune fait-elle stériliser les chats "
        "libres avec une association ?",
    ),
    (
        "Préfecture de la Sarthe",
        "Où trouver la liste des vétérinaires agréés pour l'évaluation comportementale de mon chien de 2e catégorie ?",
    ),
    (
        "DDPP du Gers",
        "Je voudrais acheter un chiot à un particulier sur une annonce, quels papiers doit-il me donner ?",
    ),
]


@pytest.mark.parametrize(("office", "body"), ANIMAL_BUSINESS)
def test_an_animal_offices_own_animal_business_stays_in_scope(office: str, body: str) -> None:
    assert animal_office(fold(office))
    assert OUT not in triage(title="", body=body, administration=office).labels


def test_a_pets_care_or_food_is_still_no_offices_business() -> None:
    body = "Quelles croquettes et quel vétérinaire pour mon vieux chien ?"
    assert private_need_at(fold("Mairie"), body, "", PRIVATE_NEED_MIN)
    assert OUT in triage(title="", body=body, administration="Mairie").labels
    vet_bill = "Mon chat a été stérilisé chez le vétérinaire, la CAF peut-elle payer la facture ?"
    assert OUT in triage(title="", body=vet_bill, administration="CAF").labels


def test_the_pet_itself_is_a_private_need_only_away_from_an_animal_office() -> None:
    body = "Mon chien et mes deux chats vivent avec moi, est-ce gênant ?"
    assert private_need(body, "")
    assert private_need_at(fold("CAF"), body, "", PRIVATE_NEED_MIN)
    assert not private_need_at(fold("Mairie de Dole"), body, "", PRIVATE_NEED_MIN)
    assert not private_need_at(fold("DDPP de l'Ain"), body, "", PRIVATE_NEED_MIN)


def test_animal_business_needs_an_animal_office_an_animal_and_a_procedure() -> None:
    stray = fold("Un chien errant tourne autour de l'école depuis ce matin.")
    assert animal_business_asked(fold("Mairie"), stray)
    assert not animal_business_asked(fold("CAF"), stray)
    assert not animal_business_asked(fold("Mairie"), fold("Un enfant errant dans la rue, qui prévenir ?"))
    assert not animal_business_asked(fold("Mairie"), fold("Mon chien est malade, quel vétérinaire ?"))
