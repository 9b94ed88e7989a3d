"""Thirty-seventh pass (engineer-r57, issue 14): distress told by what happened (`guichet.knowledge.distress_families`)
— a driver who fled or had no insurance, a superior's acts, a manager's abuse, an accident at work, an asylum seeker
sent back to the country of their fingerprints, care without a residence permit, who raises a child after a parent's
death. Sentences written fresh for these tests, none from a corpus."""

import pytest

from guichet.knowledge import situations
from guichet.knowledge.distress_families import (
    CHILD_AFTER_DEATH,
    DUBLIN,
    HARASSMENT_ACTS,
    HIT_AND_RUN,
    MANAGER_HARASSMENT,
    UNDOCUMENTED_CARE,
    WORK_ACCIDENT,
)
from guichet.knowledge.query import understand

FAMILIES = {
    HIT_AND_RUN,
    HARASSMENT_ACTS,
    MANAGER_HARASSMENT,
    WORK_ACCIDENT,
    DUBLIN,
    UNDOCUMENTED_CARE,
    CHILD_AFTER_DEATH,
}


def _situations(text: str) -> set[str]:
    return {hit.name for hit in understand(text).distress}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ma fille a été renversée à trottinette par une moto qui s'est enfuie, elle a le bras cassé. "
            "Qui paiera si on ne le retrouve pas ?",
            HIT_AND_RUN,
        ),
        (
            "Accident hier soir, l'autre conducteur n'était pas assuré et je suis à l'hôpital. Je fais quoi ?",
            HIT_AND_RUN,
        ),
        (
            "Mon supérieur me fait des remarques sur mon physique et m'écrit des messages avec des propositions "
            "le week-end. Je n'ose rien dire.",
            HARASSMENT_ACTS,
        ),
        ("Mon patron il me touche quand je suis seule en cuisine, j'ai peur de perdre ma place.", HARASSMENT_ACTS),
        (
            "Depuis six mois la directrice me rabaisse devant toute l'équipe, je pleure chaque soir.",
            MANAGER_HARASSMENT,
        ),
        (
            "J'ai un cancer avancé et je suis seul avec mon fils de 8 ans. Si je meurs, qui va s'occuper de lui ? "
            "Je voudrais que ce soit mon frère.",
            CHILD_AFTER_DEATH,
        ),
        (
            "Ma nièce de 6 ans est orpheline depuis l'incendie. Je voudrais devenir sa tutrice, comment faire ?",
            CHILD_AFTER_DEATH,
        ),
        ("Je suis tombé d'une échelle sur le chantier ce matin, poignet cassé. Le patron ne dit rien.", WORK_ACCIDENT),
        ("Mon mari s'est écrasé deux doigts dans la presse à l'usine. Qu'est-ce qu'on doit envoyer ?", WORK_ACCIDENT),
        (
            "En Grèce on m'a pris les empreintes. Ici la préfecture dit que je dois retourner là-bas pour l'asile.",
            DUBLIN,
        ),
        (
            "Je n'ai pas de titre de séjour et mon fils a de la fièvre, le médecin veut la carte Vitale.",
            UNDOCUMENTED_CARE,
        ),
    ],
)
def test_a_way_of_telling_reads_as_its_situation(text: str, name: str) -> None:
    assert name in _situations(text)


@pytest.mark.parametrize(
    "text",
    [
        # the thief ran away: a crime's victims fund, not the FGAO
        "Un voleur m'a arraché mon sac et a pris la fuite, je suis tombée et blessée au genou.",
        # a fled driver, but no accident told (a scratched car in a car park) — nothing to pay for a body
        "Quelqu'un a rayé ma portière et a pris la fuite. Je dois le déclarer ?",
        # touched once: an assault (`crisis_terms`), not harassment
        "Un collègue m'a touchée dans l'ascenseur alors que j'avais dit non.",
        # feelings, not acts
        "La lettre de mon ancien patron me touche beaucoup, je voudrais lui répondre.",
        # a school's head and a pupil: school harassment
        "Le directeur de l'école humilie mon fils devant sa classe.",
        # death after a pension, not a child to raise
        "Est-ce que mes enfants devront rembourser l'Aspa après ma mort ?",
        # a fall at home, nothing to do with work
        "Samedi je suis tombé d'un escabeau chez moi en changeant une ampoule, rien à voir avec le travail.",
        # fingerprints taken by the French police, no other country
        "La police m'a gardé six heures et a pris mes empreintes comme un criminel.",
        # no residence permit, a family to bring over: the préfecture's fiche, not the AME
        "Je suis sans papiers, ma fille est malade au pays. Puis-je faire venir ma famille ?",
        # a puppy without papers
        "Ma chienne a eu des chiots sans papiers, l'un est malade, le vétérinaire coûte cher.",
    ],
)
def test_the_neighbouring_stories_do_not(text: str) -> None:
    assert not _situations(text) & FAMILIES


def test_the_switch_turns_the_families_off() -> None:
    text = "J'ai été renversé à vélo par un chauffard qui s'est enfui, jambe cassée. Qui va payer ?"
    assert HIT_AND_RUN in _situations(text)
    situations.READ_FAMILY_DISTRESS = False
    try:
        assert HIT_AND_RUN not in _situations(text)
    finally:
        situations.READ_FAMILY_DISTRESS = True


def test_the_fiches_come_from_the_map() -> None:
    hits = understand("Si je meurs, qui gardera ma fille de 5 ans ? Je ne veux pas qu'elle parte en foyer.").distress
    assert [hit.fiches for hit in hits if hit.name == CHILD_AFTER_DEATH] == [("F130", "F2139")]


@pytest.mark.parametrize(
    "text",
    [
        "Il existe un fonds du département qui paie les dettes de loyer ?",
        "J'ai une grosse facture d'électricité, le fonds départemental peut-il m'aider ?",
    ],
)
def test_the_housing_fund_described_by_its_payer(text: str) -> None:
    assert "F1334" in {fiche for found in understand(text).vocabulary for fiche in found.term.fiches}


def test_the_young_peoples_fund_is_not_the_housing_fund() -> None:
    found = understand("Le fonds départemental d'aide aux jeunes peut-il payer mon permis ?").vocabulary
    assert "F1334" not in {fiche for one in found for fiche in one.term.fiches}


def test_a_residence_permit_for_a_sick_childs_parent_is_not_the_ame() -> None:
    text = (
        "Je vis en France sans titre de séjour, mon fils a une leucémie et ce traitement n'existe pas chez nous. "
        "J'ai peur d'aller à la préfecture. Puis-je rester pendant ses soins ?"
    )
    assert UNDOCUMENTED_CARE not in _situations(text)
