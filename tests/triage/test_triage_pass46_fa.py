"""Forty-sixth pass (engineer-fa): the combined triage decision on a person who goes badly and complains, and on
insults the writer reports. A complaint about the contempt received ("on m'a traitée de profiteuse au guichet")
is no abuse even where the model's abusive rises on the grievance's own words (`triage_reported_contempt`), a title
that opens on the name received is read as a report, and the writer's own insults stay abusive. A complaint told in
distress, as a silence of the office, stands from a lower bar of the model (`triage_distress_complaint`). Fresh
sentences, in none of the corpora, through `triage()` with the shipped artefact; switches flipped at run time in
their module and put back."""

import pytest

from guichet.drafting import triage_distress_complaint, triage_reported_contempt
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_distress_complaint import complaint_in_distress, office_silence
from guichet.drafting.triage_model import shipped_model
from guichet.drafting.triage_reported_contempt import own_sentences, reports, without_reported_names

ABUSIVE, COMPLAINT, DISTRESS = TriageLabel.ABUSIVE, TriageLabel.COMPLAINT, TriageLabel.DISTRESS

# Every body sentence reports; the model's abusive on it stood at 0.97 before this pass (the title's "méprisant").
CONTEMPT = (
    "CAF",
    "Accueil méprisant à l'agence",
    "On m'a traitée de profiteuse au guichet, je dépose une réclamation. La dame a dit devant tout le monde que je "
    "vivais aux crochets de l'État.",
)
# A title that opens on the name received: the rule "fraudeur" fired on it before this pass.
TITLE = (
    "URSSAF",
    "Traité de fraudeur par un contrôleur",
    "Le contrôle s'est mal passé, mes comptes sont justes. Je conteste le redressement.",
)


def _full(administration: str, title: str, body: str):
    if shipped_model() is None:
        pytest.skip("no shipped artefact")
    return triage(title=title, body=body, administration=administration, use_model=True)


@pytest.fixture
def switches():
    saved = (
        triage_reported_contempt.REPORTED_CONTEMPT_GATE,
        triage_reported_contempt.REPORTED_TITLE_RULE,
        triage_distress_complaint.DISTRESS_COMPLAINT_RULE,
    )
    yield
    (
        triage_reported_contempt.REPORTED_CONTEMPT_GATE,
        triage_reported_contempt.REPORTED_TITLE_RULE,
        triage_distress_complaint.DISTRESS_COMPLAINT_RULE,
    ) = saved


def test_the_issue_probe_is_a_complaint_and_no_abuse():
    result = _full("CAF", "", "J'ai été traitée de profiteuse au guichet, je fais une réclamation")
    assert ABUSIVE not in result.labels
    assert COMPLAINT in result.labels


def test_reported_contempt_is_no_abuse_and_the_gate_is_what_drops_it(switches):
    result = _full(*CONTEMPT)
    assert ABUSIVE not in result.labels
    assert COMPLAINT in result.labels
    triage_reported_contempt.REPORTED_CONTEMPT_GATE = False
    assert ABUSIVE in _full(*CONTEMPT).labels


def test_a_title_that_reports_a_name_is_no_abuse_and_the_rule_is_what_reads_it(switches):
    assert ABUSIVE not in _full(*TITLE).labels
    triage_reported_contempt.REPORTED_TITLE_RULE = False
    triage_reported_contempt.REPORTED_CONTEMPT_GATE = False
    assert ABUSIVE in _full(*TITLE).labels


# The writer's own insults, beside a report or in the title, stay abusive.
OWN_ABUSE = {
    "insult_after_report": (
        "CAF",
        "Accueil méprisant",
        "On m'a traitée de profiteuse au guichet. Vous êtes des pourritures et des parasites, tous autant que vous "
        "êtes.",
    ),
    "insult_after_saying": (
        "CPAM",
        "Accueil",
        "L'agent m'a dit que j'étais une menteuse. Allez tous vous faire voir, bande de nazes.",
    ),
    "insulting_title": ("CAF", "Menteurs et voleurs", "Vous m'avez coupé l'APL. Je conteste."),
}


@pytest.mark.parametrize("name", sorted(OWN_ABUSE))
def test_the_writers_own_abuse_stays_abusive(name):
    assert ABUSIVE in _full(*OWN_ABUSE[name]).labels


def test_what_reports_and_what_does_not():
    assert reports(fold("L'agente a dit devant tout le monde que je vivais aux crochets de la société."))
    assert reports(fold("Traitée de menteuse à l'accueil"))
    assert reports(fold("On m'a dit « vous coûtez trop cher »."))
    assert not reports(fold("Vous êtes des incapables, je fais une réclamation."))
    assert not reports(fold("Je vous dis que vous êtes des voleurs."))


def test_own_sentences_keep_the_writers_and_plain_the_contempt_words():
    title, body = own_sentences(
        "Mépris au guichet",
        "L'agent m'a dit que j'étais bête. Je dépose une réclamation contre cet accueil humiliant.",
    )
    assert title.strip() == "au guichet"
    assert "réclamation" in body and "humiliant" not in body and "bête" not in body
    assert own_sentences("Question APL", "Quel est le montant de l'APL ?") is None


def test_the_rules_read_a_reporting_title_and_people_like_me_without_the_name():
    text = fold("Traité d'escroc par un inspecteur\nL'intervenant a dit que les gens comme moi étaient des fainéants.")
    assert "escroc" not in without_reported_names(text)
    assert "faineants" not in without_reported_names(text)
    own = fold("Bande d'escrocs\nVous êtes des fainéants.")
    assert without_reported_names(own) == own


def test_a_complaint_in_distress_stands_from_the_lower_bar_where_the_office_is_silent(switches):
    said = "Ma demande de réversion est partie en octobre. Depuis, plus rien. Je vais être expulsée."
    labels = [DISTRESS]
    assert complaint_in_distress(labels, {COMPLAINT: 0.45}, said)
    # The bar, the distress, the silence and a redirect each hold it back.
    assert not complaint_in_distress(labels, {COMPLAINT: 0.40}, said)
    assert not complaint_in_distress([], {COMPLAINT: 0.45}, said)
    assert not complaint_in_distress(labels, {COMPLAINT: 0.45}, "Je vais être expulsée, aidez-moi.")
    assert not complaint_in_distress([DISTRESS, TriageLabel.OUT_OF_SCOPE], {COMPLAINT: 0.45}, said)
    triage_distress_complaint.DISTRESS_COMPLAINT_RULE = False
    assert not complaint_in_distress(labels, {COMPLAINT: 0.45}, said)


def test_office_silence():
    assert office_silence(fold("pension de réversion - 7 mois d'attente"))
    assert office_silence(fold("Toujours aucune réponse de votre part."))
    assert office_silence(fold("Personne ne répond au téléphone."))
    assert not office_silence(fold("J'attends mon bébé dans sept mois."))
    assert not office_silence(fold("Je n'ai plus rien pour manger."))


def test_distress_with_a_complaint_keeps_both():
    result = _full(
        "CAF",
        "APL - 6 mois d'attente",
        "Bonjour, ma demande d'APL est en attente depuis six mois, toujours aucune réponse. Je n'ai plus de quoi "
        "payer le loyer et l'huissier est passé hier, je vais être expulsée avec ma fille. Pouvez-vous regarder mon "
        "dossier ?",
    )
    assert DISTRESS in result.labels
    assert COMPLAINT in result.labels
