"""Triage, twenty-eighth pass of issue 12: violence the writer has left and says is over, told before a routine
question, is no distress; violence still going on or feared still is. Also: an office's threat to a benefit is no
violence, and "putain de maladie" sworn at an illness is no abuse.

Every message here was written for these tests (none is in a corpus). `violence_over` is the pure function; the
rules alone (`use_model=False`) are what training measures; the full `triage()` (rules and the shipped model) is what
the pipeline runs."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_violence_over import violence_over

OVER = [
    # Left, safe now, a routine question.
    "Mon ancien compagnon me frappait. Je l'ai quitté il y a deux ans, c'est fini, je vais bien. Comment changer "
    "l'adresse de ma carte grise ?",
    "J'ai quitté mon mari violent l'an dernier, je vis maintenant chez ma sœur à Albi et tout se passe bien. Puis-je "
    "demander la prime d'activité à mon nom ?",
    "Ma mère a quitté mon père, qui la battait, en 2022. Elle est en sécurité et elle va bien. Comment faire verser "
    "sa retraite sur son propre compte ?",
    "Après des violences conjugales je suis partie, je me suis installée à Rennes et ça va beaucoup mieux. Où "
    "déclarer mon changement d'adresse ?",
    "Mon ex-conjoint a été condamné pour violences, il n'a plus le droit de m'approcher. Comment obtenir mon propre "
    "avis d'impôt ?",
]


@pytest.mark.parametrize("body", OVER)
def test_violence_left_and_said_over_is_read_as_over(body):
    assert violence_over(body)


STILL_DANGER = [
    # Still threatened, found, written to.
    "J'ai quitté mon mari violent, je vais mieux, mais il m'envoie des messages la nuit. Comment changer d'adresse ?",
    "Je suis partie de chez lui, je suis chez ma tante, mais il a trouvé ma nouvelle adresse. Que faire pour la CAF ?",
    "J'ai quitté mon compagnon qui me frappait, je suis en sécurité, mais il me menace de venir chercher le petit.",
    # Must still see the aggressor, children still go to him, fear for them.
    "Je suis séparée de mon ex violent, ça va mieux, mais les enfants vont chez lui un week-end sur deux.",
    "J'ai quitté mon mari violent, je vais bien, mais j'ai peur pour mes enfants quand il a son droit de visite.",
    # Violence said in the present, recent, or despair beside it.
    "Je suis partie de chez mon compagnon la semaine dernière parce qu'il me frappe, je suis chez une amie.",
    "J'ai quitté mon conjoint violent hier soir, je suis en sécurité chez ma mère. Comment ouvrir un dossier CAF ?",
    "J'ai quitté mon mari violent, c'est fini pour moi, je ne vois plus d'issue.",
    # Not left at all.
    "Mon mari est violent mais tout se passe bien quand il ne boit pas. Comment déclarer ses revenus ?",
]


@pytest.mark.parametrize("body", STILL_DANGER)
def test_violence_ongoing_or_feared_is_not_over(body):
    assert not violence_over(body)


def _labels(body: str, *, use_model: bool, administration: str = "CAF") -> list[str]:
    return triage(title="Question", body=body, administration=administration, use_model=use_model).labels


def test_the_violence_rule_drops_a_violence_said_over():
    body = (
        "Pendant notre mariage il m'a frappée plusieurs fois. J'ai quitté le domicile, je vis maintenant chez mes "
        "parents et je vais bien. Comment ouvrir un dossier d'allocations à mon nom ?"
    )
    assert TriageLabel.DISTRESS not in _labels(body, use_model=False)
    assert TriageLabel.DISTRESS not in _labels(body, use_model=True)


@pytest.mark.parametrize(
    "body",
    [
        "J'ai quitté mon mari qui me frappait, je vais mieux, mais il m'a retrouvée et il me menace de mort.",
        "Je suis partie de chez lui, ça va mieux, mais il rôde en bas de chez ma sœur et j'ai peur de lui.",
    ],
)
def test_a_victim_still_threatened_keeps_distress(body):
    assert TriageLabel.DISTRESS in _labels(body, use_model=False)
    assert TriageLabel.DISTRESS in _labels(body, use_model=True)


def test_an_office_threatening_a_benefit_is_no_violence():
    body = "Elle n'a pas reçu le formulaire et on nous menace de suspendre sa pension. Comment le renvoyer ?"
    assert TriageLabel.DISTRESS not in _labels(body, use_model=False, administration="CNAV")
    threatened = "Mon fils nous menace depuis des semaines, il a un couteau."
    assert TriageLabel.DISTRESS in _labels(threatened, use_model=False)


def test_swearing_at_an_illness_is_no_abuse_but_at_the_office_it_is():
    assert TriageLabel.ABUSIVE not in _labels(
        "Putain de maladie. Mon père ne me reconnaît plus. Pouvez-vous m'envoyer le formulaire papier ?",
        use_model=False,
        administration="MDPH",
    )
    assert TriageLabel.ABUSIVE in _labels("Putain de CAF de voleurs, rendez l'argent.", use_model=False)
