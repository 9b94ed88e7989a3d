"""Fifty-fourth pass (engineer-gh): distress told as exhaustion and isolation — « je ne dors plus », « je n'y arrive
plus », « personne ne m'aide », a body giving up, no food left at home — read by a rule (`triage_exhaustion`, hooked
into the distress rules of `triage`), beside the tired but coping look-alikes that must not move.

Fresh messages, in none of the corpora, through `triage()` with the rules alone (`use_model=False`: what the rules add
whatever the model's scores) and through `exhaustion_families` / `unfed`; each switch is flipped at run time."""

import pytest

from guichet.drafting import triage_exhaustion, triage_grievance_danger
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_exhaustion import exhaustion_families, unfed

DISTRESS = TriageLabel.DISTRESS
SWITCHES = (
    "READ_WORN_OUT",
    "READ_SLEEPLESS",
    "READ_ALONE",
    "READ_BODY_FAILING",
    "READ_UNFED",
    "COPING_GATE",
    "YOUNG_PARENT_GATE",
)

# A carer worn out and alone: worn_out + alone.
CARER_ALONE = (
    "Conseil départemental",
    "Aide à domicile de mon frère",
    "Je garde mon frère trisomique depuis la mort de nos parents. Je n'y arrive plus. Aucun relais, les voisins ont "
    "cessé de passer. Où en est la demande d'heures d'aide ?",
)
# A son who nurses his father at night and works by day, without sleep, his body giving up: sleepless + body_failing.
FATHER_SLEEPLESS = (
    "MDPH",
    "PCH de mon père",
    "Je soigne mon père la nuit et je travaille à l'usine le jour. Je ne dors plus, mon corps ne suit plus, hier je "
    "me suis endormi au volant. Où en est la PCH ?",
)
# An old woman alone whose body gives up: alone + body_failing.
WIDOW_ALONE = (
    "Carsat",
    "Réversion",
    "Depuis l'enterrement de Jean je ne vois plus personne. Je mange presque plus, je reste au lit jusqu'au soir. "
    "Le dossier de réversion est-il complet ?",
)
# No food left at home, said without the food rules' words.
EMPTY_FRIDGE = (
    "Caf",
    "ASF",
    "Le versement de l'ASF n'est pas arrivé. Il n'y a plus rien dans les placards et plus de lait pour le bébé "
    "demain. Le dossier est-il bloqué ?",
)

# Look-alikes.
TIRED_COPING = (
    "Caf",
    "Déclaration trimestrielle",
    "Je suis seule avec mes deux filles et je ne dors plus beaucoup avec les examens de la grande, mais tout va bien. "
    "Je n'y arrive plus sur votre appli pour la déclaration trimestrielle, une autre manière ?",
)
SITE_TROUBLE = (
    "France Travail",
    "Actualisation",
    "Je n'y arrive plus avec le nouveau site pour m'actualiser, personne ne m'aide à comprendre la page. Pouvez-vous "
    "me rappeler ?",
)
COPING_CARER = (
    "MDPH",
    "Répit",
    "Je suis à bout de forces le soir après les soins de ma femme, personne ne vient la nuit, mais je tiens le "
    "coup. Je voulais juste savoir pour l'accueil de jour.",
)
NEWBORN_PARENT = (
    "Caf",
    "Prime de naissance",
    "Notre fille est née le 12 janvier, je dors deux heures par nuit, je craque un peu. Où en est la prime de "
    "naissance ? Merci.",
)
FULL_FRIDGE_FINE = (
    "Mairie",
    "Cantine",
    "Le frigo de la cantine est-il vide pendant les vacances ? Mon fils a oublié sa boîte à goûter dedans.",
)


def _rules(case: tuple[str, str, str]) -> list[str]:
    administration, title, body = case
    return triage(title=title, body=body, administration=administration, use_model=False).labels


@pytest.fixture(autouse=True)
def _switches_restored():
    saved = {name: getattr(triage_exhaustion, name) for name in SWITCHES}
    yield
    for name, value in saved.items():
        setattr(triage_exhaustion, name, value)


@pytest.mark.parametrize("case", [CARER_ALONE, FATHER_SLEEPLESS, WIDOW_ALONE, EMPTY_FRIDGE])
def test_exhaustion_and_isolation_are_distress_by_rule(case):
    assert DISTRESS in _rules(case)


@pytest.mark.parametrize("case", [TIRED_COPING, SITE_TROUBLE, COPING_CARER])
def test_tired_but_coping_is_left_alone(case):
    assert DISTRESS not in _rules(case)
    assert len(exhaustion_families("\n".join(case[1:]))) < 2


@pytest.mark.parametrize(
    ("switch", "case"),
    [
        ("READ_WORN_OUT", CARER_ALONE),
        ("READ_ALONE", CARER_ALONE),
        ("READ_SLEEPLESS", FATHER_SLEEPLESS),
        ("READ_BODY_FAILING", WIDOW_ALONE),
        ("READ_UNFED", EMPTY_FRIDGE),
    ],
)
def test_each_reading_matters(switch, case, monkeypatch):
    assert DISTRESS in _rules(case)
    setattr(triage_exhaustion, switch, False)
    # A benefit not paid and nothing left to eat is also a danger inside a grievance (fifty-eighth pass, engineer-ha's
    # `triage_grievance_danger`, its own tests): off, to see this reading's own effect.
    monkeypatch.setattr(triage_grievance_danger, "READ_GRIEVANCE_DANGER", False)
    assert DISTRESS not in _rules(case)


def test_families_named():
    assert exhaustion_families("\n".join(CARER_ALONE[1:])) == ["worn_out", "alone"]
    assert exhaustion_families("\n".join(FATHER_SLEEPLESS[1:])) == ["sleepless", "body_failing"]
    assert exhaustion_families("\n".join(WIDOW_ALONE[1:])) == ["alone", "body_failing"]


def test_coping_gate_matters():
    text = "\n".join(COPING_CARER[1:])
    assert exhaustion_families(text) == []
    triage_exhaustion.COPING_GATE = False
    assert exhaustion_families(text) == ["worn_out", "alone"]


def test_young_parent_gate_matters():
    text = "\n".join(NEWBORN_PARENT[1:])
    assert exhaustion_families(text) == []
    triage_exhaustion.YOUNG_PARENT_GATE = False
    assert exhaustion_families(text) == ["worn_out", "sleepless"]


def test_a_fridge_named_is_no_hunger():
    assert not unfed("\n".join(FULL_FRIDGE_FINE[1:]))
    assert DISTRESS not in _rules(FULL_FRIDGE_FINE)
    assert unfed("\n".join(EMPTY_FRIDGE[1:]))
