"""Triage, twenty-third pass of issue 12: the children's other parent who no longer pays "la pension" (no
"alimentaire", no "ne") is the Caf's topic, its recovery service's business (a retirement pension stays the pension
fund's); a flatmate's sick leave asked of the CPAM is another person's data, out of scope.

Every message here was written for these tests (none is in a corpus)."""

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import topic_scores, triage


def test_unpaid_support_said_plainly_is_the_cafs_topic():
    body = "Bonsoir, la mère de mes enfants verse plus la pension depuis l'été. Comment vous la demander à sa place ?"
    assert topic_scores("pension", body).get("caf") == 1.0


def test_unpaid_support_asked_of_the_tax_office_goes_to_the_caf():
    result = triage(
        title="Le père de mes enfants ne paye plus la pension",
        body="Bonjour, depuis mars je n'ai rien reçu. Il paraît que vos services peuvent la récupérer à ma place ?",
        administration="Impôts",
        use_model=False,
    )
    assert TriageLabel.OUT_OF_SCOPE in result.labels
    assert (result.competent or {}).get("topic") == "caf"


def test_a_retirement_pension_is_not_child_support():
    body = "Bonjour, le père de mes enfants ne touche plus sa pension de retraite depuis son départ, est-ce normal ?"
    assert "caf" not in topic_scores("retraite", body)
    body = "Bonjour, le père de mes enfants ne verse pas la pension de réversion à sa mère, que faire ?"
    assert "caf" not in topic_scores("question", body)


def test_a_flatmates_sick_leave_is_another_persons_data():
    result = triage(
        title="mon colocataire",
        body="Bonjour, mon colocataire ne paie plus sa part du loyer et dit qu'il est malade. Pouvez-vous me dire si "
        "il est vraiment en arrêt ? Je connais son numéro de sécurité sociale.",
        administration="CPAM",
        use_model=False,
    )
    assert TriageLabel.OUT_OF_SCOPE in result.labels
    assert (result.competent or {}).get("topic") == "donnees_d_un_tiers"


def test_the_writers_own_sick_leave_stays():
    result = triage(
        title="arrêt",
        body="Bonjour, je vis en colocation et je suis en arrêt depuis lundi. Pouvez-vous me dire si mon arrêt est "
        "bien enregistré ?",
        administration="CPAM",
        use_model=False,
    )
    assert TriageLabel.OUT_OF_SCOPE not in result.labels
