"""Fifty-fifth pass, engineer-r102: working life and the civil service read in the writer's words.

A civil servant unable to work at all beside a pension points to F550 (`working_life.READ_UNFIT_FOR_ANY_POST`);
sick-leave rights used up to F1690 (`READ_SICK_RIGHTS_RUN_OUT`); staying reachable to step in to F20873 / F589
(`READ_ON_CALL`); a sanction told to F2234, or F510 beside a public employer (`READ_SANCTION_TOLD`,
`READ_SANCTION_TOLD_PUBLIC`); a titulaire the employer wants rid of to F514 (`READ_TENURED_PUSHED_OUT`); a civil
servant hurt on duty to F33252 (`READ_HURT_ON_DUTY`); a return after a sick leave beside the employer's doctor to
F2871 (`READ_BACK_TO_WORK_DOCTOR`); too little rest between two days to F990 (`READ_SHORT_NIGHTS`). The messages
are fresh ones written for these tests, and train items of batch r102 searched end to end.
"""

import pytest

from guichet.corpora import read_corpus, split_of
from guichet.knowledge import working_life
from guichet.knowledge.search import search
from guichet.knowledge.vocabulary import find_every

UNFIT = (
    "Fonctionnaire à la préfecture, après mon AVC je ne peux plus du tout travailler, ni à mon poste ni ailleurs. "
    "Est-ce que je peux partir avec une pension ?"
)
RIGHTS = (
    "Agente de la mairie, j'ai épuisé mes droits à congé maladie après deux ans de dépression et on ne me paie "
    "plus. Que va-t-il se passer ?"
)
ON_CALL = (
    "Je suis électricien dans une PME, on me demande de rester joignable le soir pour intervenir sur les pannes. "
    "Est-ce payé ?"
)
SANCTION = "Mon employeur m'a mis à pied deux jours pour un retard, il a le droit de me retirer mon salaire ?"
SANCTION_PUBLIC = "Agent territorial, j'ai reçu un blâme du maire sans avoir été entendu. Comment le faire retirer ?"
PUSHED_OUT = "Titulaire à la commune depuis dix ans, on veut me faire partir pour insuffisance. Peuvent-ils le faire ?"
HURT = "Aide-soignante titulaire à l'hôpital, je suis tombée pendant mon service et je me suis cassé le bras."
BACK = "Je reprends le travail après trois mois d'arrêt pour une opération. Dois-je passer une visite médicale avant ?"
NIGHTS = "Au bar je finis à 23h et je recommence à 7h le lendemain, c'est autorisé ?"
# look-alikes: a chemist on call, a pupil's sanction, a private employee's dismissal, a pupil hurt, a private warning
CHEMIST = "Quelle pharmacie de garde est d'astreinte ce dimanche près de chez moi ?"
PUPIL = "Mon fils a reçu un avertissement au collège et une exclusion temporaire de trois jours, que faire ?"
PRIVATE_DISMISSAL = "Mon patron veut me faire partir de l'entreprise, je suis en CDI depuis six ans."
PUPIL_HURT = "Ma fille est tombée au collège pendant la récréation, qui paie les soins ?"
SNOW = (
    "Avec les chutes de neige je n'ai pas pu venir au travail deux jours et mon patron veut me mettre un "
    "avertissement. A-t-il le droit ?"
)

# as shipped (measured: docs/benchmarks.md, fifty-fifth pass, r102)
SHIPPED = {
    "READ_UNFIT_FOR_ANY_POST": True,
    "READ_SICK_RIGHTS_RUN_OUT": True,
    "READ_ON_CALL": True,
    # off: its gains were on other fiches' golds, and it put one validation gold down
    "READ_SANCTION_TOLD": False,
    "READ_SANCTION_TOLD_PUBLIC": True,
    "READ_TENURED_PUSHED_OUT": True,
    "READ_HURT_ON_DUTY": True,
    "READ_BACK_TO_WORK_DOCTOR": True,
    "READ_SHORT_NIGHTS": True,
}
READINGS = {
    "READ_UNFIT_FOR_ANY_POST": (UNFIT, "F550"),
    "READ_SICK_RIGHTS_RUN_OUT": (RIGHTS, "F1690"),
    "READ_ON_CALL": (ON_CALL, "F20873"),
    "READ_SANCTION_TOLD": (SANCTION, "F2234"),
    "READ_SANCTION_TOLD_PUBLIC": (SANCTION_PUBLIC, "F510"),
    "READ_TENURED_PUSHED_OUT": (PUSHED_OUT, "F514"),
    "READ_HURT_ON_DUTY": (HURT, "F33252"),
    "READ_BACK_TO_WORK_DOCTOR": (BACK, "F2871"),
    "READ_SHORT_NIGHTS": (NIGHTS, "F990"),
}


@pytest.fixture
def all_on(monkeypatch):
    """Every reading on, whatever its shipped state: the look-alikes must stay out even then."""
    for switch in working_life.SWITCHES:
        monkeypatch.setattr(working_life, switch, True)


def pointed(text: str) -> set[str]:
    # this pass's readings only (the fifty-sixth pass's, r104, are tested in test_told_otherwise_pass56_r104.py)
    terms = {working_life.SWITCHES[switch] for switch in SHIPPED}
    return {fiche for found in find_every(text) if found.term in terms for fiche in found.term.fiches}


def test_the_shipped_switches():
    # the fifty-sixth pass's switches (r104) are checked in test_told_otherwise_pass56_r104.py
    assert {switch: getattr(working_life, switch) for switch in SHIPPED} == SHIPPED


@pytest.mark.parametrize("switch", sorted(READINGS))
def test_each_reading_points_to_its_fiche_and_only_when_on(switch, monkeypatch):
    text, fiche = READINGS[switch]
    monkeypatch.setattr(working_life, switch, True)
    assert fiche in pointed(text)
    monkeypatch.setattr(working_life, switch, False)
    assert fiche not in pointed(text)


@pytest.mark.parametrize("text", [CHEMIST, PUPIL, PRIVATE_DISMISSAL, PUPIL_HURT])
def test_look_alikes_are_left_alone(text, all_on):
    assert pointed(text) == set()


def test_a_word_inside_another_is_no_public_employer(all_on):
    # "chu" inside "chutes" once made a private employee's warning a civil servant's (F510)
    assert pointed(SNOW) == {"F2234"}


def test_one_switch_off_leaves_the_others(monkeypatch, all_on):
    monkeypatch.setattr(working_life, "READ_ON_CALL", False)
    assert pointed(ON_CALL) == set()
    assert "F990" in pointed(NIGHTS)


# train items of batch r102 whose gold was below the first with the start code, and the fiches the start code put
# above it (docs/benchmarks.md, fifty-fifth pass, r102)
BATCH = {
    "r102-043": ("READ_ON_CALL", "F20873"),
    "r102-041": ("READ_TENURED_PUSHED_OUT", "F514"),
    "r102-038": ("READ_SHORT_NIGHTS", "F990"),
}
FICHES = "F20873 F589 F2327 F33954 F1065 F514 F515 F459 F494 F3030 F35009 F990 F34151 F16828 F573".split()


@pytest.fixture
def work_fiches(shared_subset):
    shared_subset(FICHES)


def _first(row: dict) -> str:
    text = f"{row['title']}\n{row['message']}"
    return search(text, k=5, administration=row["administration"])[0].fiche_id


@pytest.mark.shared
@pytest.mark.django_db
@pytest.mark.parametrize("item_id", sorted(BATCH))
def test_batch_train_items_come_first_and_not_with_the_switch_off(item_id, work_fiches, monkeypatch):
    assert split_of(item_id) == "train"
    row = next(row for row in read_corpus("corpora/retrieval", "train") if row["id"] == item_id)
    switch, gold = BATCH[item_id]
    assert _first(row) == gold
    monkeypatch.setattr(working_life, switch, False)
    assert _first(row) != gold
