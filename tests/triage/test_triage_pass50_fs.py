"""Fiftieth pass (engineer-fs): anger about money taken back (a trop-perçu recovered, a seizure, a fine increased).

Anger said in figures of speech (« vous me tuez avec vos retenues », « vous voulez ma peau ou quoi ? ») no longer
keeps the learned model's abusive (`triage_anger_figures.FIGURE_ABUSE_GATE`, on); a threat or an insult keeps it,
and despair stays distress. The money demanded back (« rendez-moi mes 400 euros ») or the office's claim called a sham
is a complaint under an insult too (`TAKEN_BACK_COMPLAINT_RULE`, on). « Ça va mal finir » aimed at no one is read as a
figure by `ENDING_FIGURE_RULE`, shipped off.

Fresh messages, in none of the corpora, through `triage()` with the shipped artefact; the switches flipped at run
time to show the cases they move."""

import pytest

from guichet.drafting import triage_anger_figures
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_anger_figures import ending_figure_spans, taken_back_hits, without_ending_figure
from guichet.drafting.triage_cues import fold

ABUSIVE = TriageLabel.ABUSIVE
COMPLAINT = TriageLabel.COMPLAINT
DISTRESS = TriageLabel.DISTRESS


def _full(administration: str, title: str, body: str):
    return triage(title=title, body=body, administration=administration, use_model=True)


def test_the_switches_ship_as_measured():
    assert triage_anger_figures.FIGURE_ABUSE_GATE
    assert triage_anger_figures.TAKEN_BACK_COMPLAINT_RULE
    assert not triage_anger_figures.ENDING_FIGURE_RULE


KILLS_ME = (
    "Caisse d'allocations familiales",
    "Retenues",
    "Encore 150 € retenus ce mois-ci sur mon RSA pour un indu de 2021. Vous me tuez avec vos retenues, je n'ai "
    "jamais fraudé de ma vie. Je demande un réexamen complet de mon dossier.",
)
MY_SKIN = (
    "Caisse d'allocations familiales",
    "Trop-perçu",
    "Vous voulez ma peau ou quoi ? Un trop-perçu de 900 € sans aucune explication. Je conteste et je veux le détail "
    "du calcul.",
)
FIGURES = [KILLS_ME, MY_SKIN]
FIGURE_IDS = ["vous-me-tuez", "ma-peau"]


@pytest.mark.parametrize("message", FIGURES, ids=FIGURE_IDS)
def test_anger_in_figures_is_a_complaint_not_abuse(message):
    result = _full(*message)
    assert result.labels == [COMPLAINT]


# The fiftieth pass's retrain learned batch fs: the model alone no longer reads abuse in the two figures above, so the
# gate is shown on a figure the retrained model still reads as abusive.
MAD = (
    "Impôts",
    "Amende",
    "Vous allez me rendre fou avec vos amendes majorées, c'est du vol organisé. Expliquez-moi ce montant.",
)


def test_the_gate_off_leaves_the_models_abusive(monkeypatch):
    assert ABUSIVE not in _full(*MAD).labels
    monkeypatch.setattr(triage_anger_figures, "FIGURE_ABUSE_GATE", False)
    result = _full(*MAD)
    assert ABUSIVE in result.labels
    assert ABUSIVE in result.learned


def test_a_figure_beside_a_threat_stays_abusive():
    result = _full(
        "France Travail",
        "Retenue",
        "Vous me tuez avec vos retenues. Je viens à l'agence lundi et je vous préviens, ça va mal finir pour votre "
        "conseillère.",
    )
    assert ABUSIVE in result.labels


def test_despair_under_the_figure_stays_distress():
    result = _full(
        "Caisse d'allocations familiales",
        "Indu",
        "Vous me prenez tout avec cet indu. Il ne me reste plus rien pour manger depuis une semaine et je pense à en "
        "finir, je ne vois plus d'issue.",
    )
    assert DISTRESS in result.labels
    assert ABUSIVE not in result.labels


def test_a_figure_of_a_website_question_stays_routine():
    result = _full(
        "Caisse d'allocations familiales",
        "Échéancier",
        "Bonjour, je vais péter un câble avec votre site : où puis-je demander un échéancier pour rembourser mon "
        "trop-perçu de 120 € ? Merci.",
    )
    assert result.labels == ["routine"]


THEFT_INSULT = ("France Travail", "Retenue", "C'est du vol, bande de voleurs. Rendez-moi mes 400 euros.")
PARASITES = ("France Travail", "300 €", "espèces de parasites, rendez-moi mes 300 € tout de suite")
GIVE_BACK = [THEFT_INSULT, PARASITES]
GIVE_BACK_IDS = ["voleurs", "parasites"]


@pytest.mark.parametrize("message", GIVE_BACK, ids=GIVE_BACK_IDS)
def test_money_demanded_back_under_an_insult_is_abusive_and_a_complaint(message):
    result = _full(*message)
    assert ABUSIVE in result.labels
    assert COMPLAINT in result.labels
    assert any(hit.startswith("rendez-moi") for hit in result.evidence[COMPLAINT])


@pytest.mark.parametrize("message", GIVE_BACK, ids=GIVE_BACK_IDS)
def test_the_complaint_rule_off_leaves_the_insult_alone(message, monkeypatch):
    monkeypatch.setattr(triage_anger_figures, "TAKEN_BACK_COMPLAINT_RULE", False)
    result = _full(*message)
    # The rule's own effect: no complaint read from the money demanded back (the learned model may still give one:
    # since the fifty-sixth pass's retrain it does on « C'est du vol… rendez-moi mes 400 euros »).
    assert ABUSIVE in result.labels
    assert not any(hit.startswith("rendez-moi") for hit in result.evidence.get(COMPLAINT, []))


def test_a_sham_claim_counts_only_where_the_office_takes_it():
    office = fold("Vous avez prélevé toute ma prime pour un soi-disant indu, personne ne m'a rien expliqué.")
    scam = fold("Un faux conseiller m'a fait virer 800 € pour une soi-disant dette d'impôts. Que faire ?")
    assert taken_back_hits(office) == ["soi-disant indu"]
    assert taken_back_hits(scam) == []


def test_ending_said_as_a_figure_only_when_aimed_at_no_one(monkeypatch):
    figure = fold("Troisième retenue ce trimestre. Franchement ça va mal finir cette histoire, je suis à bout.")
    aimed = fold("Troisième retenue ce trimestre. Ça va mal finir pour vous.")
    ultimatum = fold("Remboursez-moi avant vendredi ou je vous jure que ça va mal finir.")
    visit = fold("Je viens à l'agence demain. Ça va mal finir, c'est tout.")
    assert ending_figure_spans(figure)
    assert not ending_figure_spans(aimed)
    assert not ending_figure_spans(ultimatum)
    assert not ending_figure_spans(visit)
    # Shipped off: the abusive rules still read the figure.
    assert without_ending_figure(figure) == figure
    monkeypatch.setattr(triage_anger_figures, "ENDING_FIGURE_RULE", True)
    assert "mal finir" not in without_ending_figure(figure)
    assert without_ending_figure(aimed) == aimed
