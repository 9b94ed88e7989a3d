"""Fifty-fourth pass, engineer-r98: training and career changes read in the writer's words.

Hours of training that build up point to F10705 (`training.READ_TRAINING_HOURS`), not overtime nor a volunteer's
hours; years of practice wished into a diploma to F2401 (`READ_EXPERIENCE_DIPLOMA`), not a foreign diploma's
equivalence; taking stock before a change to F3087 / F3088 (`READ_SKILLS_REVIEW`), not a town's agent; an employer who
would take an apprentice and asks the aid to F23556 (`READ_APPRENTICE_HIRING`), not a trainee's stipend; a writer
without work who wants to train to F3147 (`READ_JOB_SEEKER_TRAINING`), not a business creation. Messages written
fresh for these tests, none from a corpus.
"""

import pytest

from guichet.knowledge import training
from guichet.knowledge.vocabulary import find_every

HOURS = (
    "Je suis magasinier depuis huit ans, il paraît que j'ai des heures de formation qui dorment quelque part. "
    "Comment savoir combien il m'en reste ?"
)
EXPERIENCE = (
    "Quinze ans que je suis serveuse sans aucun papier. Je voudrais faire reconnaître mon expérience pour obtenir "
    "un CAP, c'est possible ?"
)
REVIEW = (
    "Après douze ans dans l'assurance, je voudrais faire le point sur mes compétences avant de changer de voie. "
    "Qui peut m'accompagner ?"
)
HIRING = "J'ai une petite boulangerie, je voudrais prendre un apprenti à la rentrée. Il y a une aide pour moi ?"
JOB_SEEKER = "Je suis au chômage depuis l'hiver et je voudrais me reconvertir dans la petite enfance. Comment faire ?"
# look-alikes: overtime, a volunteer's hours, a foreign diploma, a town's agent, a trainee's stipend, a business
# creation
OVERTIME = "Mes heures sup ne sont pas payées, mon patron dit qu'il les mettra sur mon compte formation plus tard."
VOLUNTEER = "Nos bénévoles ont-ils des droits à la formation comme les salariés ? Je préside l'association."
FOREIGN = "Avec mon expérience et mon diplôme marocain, comment obtenir une équivalence en France ?"
TOWN_AGENT = "Agent de la commune depuis vingt ans, je voudrais faire le point sur ma carrière : à qui m'adresser ?"
STIPEND = "Nous voulons accueillir un jeune en formation pour son stage de BTS, combien faut-il lui verser ?"
CREATION = "Je suis au chômage et je veux me former un peu puis créer mon entreprise de traiteur, il y a une aide ?"

# as shipped (measured: docs/benchmarks.md, fifty-fourth pass, r98)
SHIPPED = {
    "READ_TRAINING_HOURS": True,
    "READ_EXPERIENCE_DIPLOMA": True,
    # off after the lead's A/B: no gold moved on train + validation
    "READ_SKILLS_REVIEW": False,
    "READ_APPRENTICE_HIRING": False,
    "READ_JOB_SEEKER_TRAINING": False,
}
READINGS = {
    "READ_TRAINING_HOURS": (HOURS, "F10705"),
    "READ_EXPERIENCE_DIPLOMA": (EXPERIENCE, "F2401"),
    "READ_SKILLS_REVIEW": (REVIEW, "F3087"),
    "READ_APPRENTICE_HIRING": (HIRING, "F23556"),
    "READ_JOB_SEEKER_TRAINING": (JOB_SEEKER, "F3147"),
}


@pytest.fixture
def all_on(monkeypatch):
    """Every reading on, whatever its shipped state: the look-alikes must stay out even then."""
    for switch in training.SWITCHES:
        monkeypatch.setattr(training, switch, True)


def pointed(text: str) -> set[str]:
    terms = training.TRAINING_TERMS
    return {fiche for found in find_every(text) if found.term in terms for fiche in found.term.fiches}


def test_the_shipped_switches():
    assert {switch: getattr(training, switch) for switch in training.SWITCHES} == SHIPPED


@pytest.mark.parametrize("switch", sorted(READINGS))
def test_each_reading_points_to_its_fiche_and_only_when_on(switch, monkeypatch):
    text, fiche = READINGS[switch]
    monkeypatch.setattr(training, switch, True)
    assert fiche in pointed(text)
    monkeypatch.setattr(training, switch, False)
    assert fiche not in pointed(text)


@pytest.mark.parametrize("text", [OVERTIME, VOLUNTEER, FOREIGN, TOWN_AGENT, STIPEND, CREATION])
def test_look_alikes_are_left_alone(text, all_on):
    assert pointed(text) == set()


def test_one_switch_off_leaves_the_others(monkeypatch, all_on):
    monkeypatch.setattr(training, "READ_TRAINING_HOURS", False)
    assert pointed(HOURS) == set()
    assert "F2401" in pointed(EXPERIENCE)
