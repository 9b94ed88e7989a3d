"""Forty-ninth pass (engineer-fn): the control bodies asked their own business, and the person in distress who asks
an office to act on the aggressor (`triage_control_bodies`).

A routine question asked of the body whose business it is (the labour inspectorate about overtime or a transfer, the
Défenseur des droits about a benefit another office refused, the DGCCRF about a shop, the CNIL about a camera, the
police about a complaint) is not out of scope; a message in distress that asks the office to act on the aggressor or
on the aggressor's employer keeps its distress and gets the out of scope, unless the office is the police.

Fresh messages, in none of the corpora, through `triage()` with the shipped artefact; the switches flipped at run
time to show the cases they move (both ship on)."""

import pytest

from guichet.drafting import triage_control_bodies
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_control_bodies import acts_for_writer, aggressor_act_asked, own_business_asked
from guichet.drafting.triage_cues import fold

DISTRESS = TriageLabel.DISTRESS
OOS = TriageLabel.OUT_OF_SCOPE


def _full(administration: str, body: str, title: str = "Question"):
    return triage(title=title, body=body, administration=administration, use_model=True)


@pytest.fixture
def switches():
    shipped = (triage_control_bodies.CONTROL_BODY_RULE, triage_control_bodies.AGGRESSOR_ACT_RULE)
    yield triage_control_bodies
    triage_control_bodies.CONTROL_BODY_RULE, triage_control_bodies.AGGRESSOR_ACT_RULE = shipped


def test_the_switches_ship_on():
    assert triage_control_bodies.CONTROL_BODY_RULE
    assert triage_control_bodies.AGGRESSOR_ACT_RULE


OWN_BUSINESS = [
    (
        "Inspection du travail",
        "Bonjour, depuis la rentrée mon employeur me fait faire des heures supplémentaires le samedi sans jamais les "
        "payer ni les récupérer. Que dit la loi et comment le prouver ?",
    ),
    (
        "DGCCRF",
        "Bonjour, dans le supermarché de mon quartier les prix affichés en rayon sont souvent plus bas que ceux "
        "passés en caisse. Est-ce que c'est une pratique que vous contrôlez et comment la signaler ?",
    ),
    (
        "Défenseur des droits",
        "Bonjour, la MDPH a refusé ma demande de carte mobilité inclusion sans motiver sa décision et mon recours "
        "reste sans réponse depuis cinq mois. Le Défenseur des droits peut-il intervenir ?",
    ),
    (
        "CNIL",
        "Bonjour, le gérant de mon immeuble a installé une caméra qui filme l'entrée de mon appartement. Est-ce "
        "autorisé et comment vous saisir ?",
    ),
]
OWN_IDS = ["overtime", "shop-prices", "mdph-refusal", "camera"]


@pytest.mark.parametrize(("administration", "body"), OWN_BUSINESS, ids=OWN_IDS)
def test_a_control_body_asked_its_own_business_is_not_out_of_scope(administration, body):
    assert own_business_asked(fold(administration), fold(body))
    assert OOS not in _full(administration, body).labels


def test_the_switch_off_lets_the_model_read_a_question_to_the_cnil_as_out_of_scope(switches):
    # The fiftieth pass's retrain no longer reads the inspectorate's overtime (OWN_BUSINESS[0]) as out of scope by
    # itself; the switch is shown on the CNIL's question, which the model alone still sends elsewhere.
    administration, body = OWN_BUSINESS[3]
    switches.CONTROL_BODY_RULE = False
    assert OOS in _full(administration, body).labels
    switches.CONTROL_BODY_RULE = True
    assert _full(administration, body).labels == [TriageLabel.ROUTINE]


ASKED_TO_ACT = [
    # The inspectorate asked to call the employer for the writer: the authors label it out of scope.
    (
        "Inspection du travail",
        "Mon patron ne m'a pas versé mes indemnités de fin de contrat. Pouvez-vous l'appeler pour qu'il me paie ?",
    ),
    # The CNIL asked about a salary: no business of the CNIL's.
    ("CNIL", "Bonjour, mon employeur me doit trois mois de salaire. Pouvez-vous faire quelque chose ?"),
]


@pytest.mark.parametrize(("administration", "body"), ASKED_TO_ACT, ids=["call-the-boss", "wages-at-cnil"])
def test_look_alikes_keep_their_out_of_scope(administration, body):
    assert not own_business_asked(fold(administration), fold(body))
    assert OOS in _full(administration, body).labels


def test_a_question_of_law_is_no_act_for_the_writer():
    assert not acts_for_writer(fold("Mon patron me refuse mes congés. A-t-il le droit ? Pouvez-vous me le dire ?"))
    assert acts_for_writer(fold("Mon collègue me coupe la parole. Vous pouvez lui dire d'arrêter ?"))


AGGRESSOR = [
    (
        "Caisse d'allocations familiales",
        "Bonjour, mon compagnon me frappe dès qu'il a bu et hier il m'a menacée devant ma fille. Il travaille dans "
        "une entreprise de nettoyage. Pouvez-vous appeler son employeur pour qu'il arrête ? J'ai tellement peur.",
    ),
    (
        "Assurance retraite",
        "Mon neveu me harcèle pour que je lui donne ma pension et il m'a poussée contre le mur la semaine dernière. "
        "Je n'ose plus sortir. Est-ce que la caisse pourrait lui envoyer un courrier pour le prévenir qu'il n'a pas "
        "le droit ?",
    ),
    (
        "Mairie",
        "Mon responsable de rayon me touche quand on est seuls dans la réserve et je pleure avant chaque service. "
        "Est-ce que vous pouvez contacter les ressources humaines de mon magasin pour moi ?",
    ),
]
AGGRESSOR_IDS = ["employer-of-partner", "nephew-letter", "store-hr"]


@pytest.mark.parametrize(("administration", "body"), AGGRESSOR, ids=AGGRESSOR_IDS)
def test_distress_that_asks_to_act_on_the_aggressor_keeps_distress_and_is_out_of_scope(administration, body):
    assert aggressor_act_asked(fold(administration), fold(body))
    result = _full(administration, body)
    assert DISTRESS in result.labels
    assert OOS in result.labels
    assert result.emergency_contacts


def test_the_switch_off_leaves_the_aggressor_ask_in_distress_alone(switches):
    administration, body = AGGRESSOR[1]
    switches.AGGRESSOR_ACT_RULE = False
    off = _full(administration, body)
    switches.AGGRESSOR_ACT_RULE = True
    on = _full(administration, body)
    assert DISTRESS in off.labels and DISTRESS in on.labels
    assert OOS not in off.labels
    assert OOS in on.labels
    assert on.competent["topic"] == "agir_sur_l_agresseur"


NOT_AGGRESSOR = [
    # The police can act on the aggressor: no out of scope from this reading.
    ("Police nationale", "Mon ex me menace et me suit le soir. Pouvez-vous le convoquer ?"),
    # No harm said: an ordinary warning asked (the employer told of a change).
    ("Urssaf", "Je suis salarié à domicile. Pouvez-vous prévenir mon employeur que mon adresse a changé ?"),
    # Harm said, but what is asked is the office's own help, not an act on the aggressor.
    (
        "Caisse d'allocations familiales",
        "Mon mari me frappe, je suis partie chez ma soeur avec les enfants. Pouvez-vous verser les allocations sur "
        "mon compte à moi ?",
    ),
]


@pytest.mark.parametrize(("administration", "body"), NOT_AGGRESSOR, ids=["police", "no-harm", "own-help"])
def test_look_alikes_of_the_aggressor_ask_do_not_fire(administration, body):
    assert not aggressor_act_asked(fold(administration), fold(body))
