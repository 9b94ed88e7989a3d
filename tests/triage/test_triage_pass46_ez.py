"""Forty-sixth pass (engineer-ez): dark humour, hyperbole and the real distress behind a joke (`triage_dark_humour`).

A death of one's own that the writer says is no figure is distress (a rule); a suicide said of a procedure and a
hanging turned into a punchline with a laugh are not. Fresh messages, in none of the corpora, through `triage()` with
the shipped artefact; each switch flipped at run time to show the case it moves and the neighbour it leaves alone (the
rule is shipped on, the two gates off: the tests turn them on)."""

import pytest

from guichet.drafting import triage_dark_humour
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage

DISTRESS = TriageLabel.DISTRESS


@pytest.fixture
def gates_on(monkeypatch):
    monkeypatch.setattr(triage_dark_humour, "FIGURATIVE_SUICIDE_GATE", True)
    monkeypatch.setattr(triage_dark_humour, "PUNCHLINE_GATE", True)


def test_the_rule_ships_on_and_the_gates_off():
    assert triage_dark_humour.DENIED_FIGURE_RULE
    assert not triage_dark_humour.FIGURATIVE_SUICIDE_GATE
    assert not triage_dark_humour.PUNCHLINE_GATE


def _full(administration: str, body: str, title: str = "Question"):
    return triage(title=title, body=body, administration=administration, use_model=True)


# --- A figure the writer says is none ------------------------------------------------------------------------------

NOT_AN_IMAGE = (
    "ANTS",
    "Sans carte grise je perds mon emploi de livreur et mon logement. J'ai envie de me jeter sous le métro, et ce "
    "n'est pas une image.",
)
NOT_ALIVE_BY = (
    "France Travail",
    "Super votre rendez-vous mdr, j'y serai pas, je pense pas être encore en vie vendredi.",
)


@pytest.mark.parametrize("message", [NOT_AN_IMAGE, NOT_ALIVE_BY], ids=["not_an_image", "not_alive_by"])
def test_a_death_said_to_be_no_figure_is_distress(message):
    result = _full(*message)
    assert DISTRESS in result.labels
    assert "suicide" in result.distress_kinds
    assert result.emergency_contacts
    assert "figure dite sérieuse" in result.evidence[DISTRESS]


# The model retrained in the forty-eighth pass reads NOT_AN_IMAGE by itself; NOT_ALIVE_BY still needs the rule.
@pytest.mark.parametrize("message", [NOT_ALIVE_BY], ids=["not_alive_by"])
def test_without_the_rule_the_shipped_model_misses_them(monkeypatch, message):
    monkeypatch.setattr(triage_dark_humour, "DENIED_FIGURE_RULE", False)
    assert DISTRESS not in _full(*message).labels


def test_the_same_figure_with_a_laugh_and_no_denial_stays_routine(gates_on):
    result = _full(
        "CAF", "Je vais me jeter par la fenêtre si je dois refaire ce formulaire 😂 Où trouver le bon cerfa ?"
    )
    assert DISTRESS not in result.labels
    assert not result.distress_kinds


def test_the_denial_needs_a_death_of_ones_own():
    # "je ne rigole pas" about a delay, with no death in the message: no rule.
    assert not triage_dark_humour.figure_denied("Je ne rigole pas, ce dossier traîne depuis six mois, c'est grave.")
    assert triage_dark_humour.figure_denied("Je vais me foutre en l'air, je ne rigole pas.")
    # An old person's will or loan is no future denied ("quand je ne serai plus en vie", "à la fin du prêt").
    assert not triage_dark_humour.figure_denied("Quand je ne serai plus en vie, mes enfants toucheront-ils ma rente ?")
    assert not triage_dark_humour.figure_denied("Je ne pense pas être encore en vie à la fin du prêt, à 78 ans.")
    assert triage_dark_humour.figure_denied("Je ne pense pas être encore en vie demain.")
    # The intensifier "littéralement" is no denial ("ma coloc va littéralement me tuer").
    assert not triage_dark_humour.figure_denied("Ce formulaire va littéralement me tuer 😭")


# --- A suicide said of a procedure ---------------------------------------------------------------------------------

ADMIN_SUICIDE = (
    "Mairie",
    "Ce dossier de subvention pour l'association, c'est un suicide administratif : douze pièces. Une attestation sur "
    "l'honneur suffit-elle ?",
)


def test_a_suicide_said_of_a_procedure_is_no_distress(gates_on):
    result = _full(*ADMIN_SUICIDE)
    assert DISTRESS not in result.labels
    assert "suicide" not in result.distress_kinds


def test_without_the_gate_the_rule_reads_it_as_suicide(monkeypatch):
    monkeypatch.setattr(triage_dark_humour, "FIGURATIVE_SUICIDE_GATE", False)
    assert "suicide" in _full(*ADMIN_SUICIDE).distress_kinds


def test_a_procedure_and_a_real_suicide_in_one_message_stay_distress(gates_on):
    result = _full(
        "Mairie",
        "Ce dossier, c'est un suicide administratif, et moi je pense au suicide tout court depuis que j'ai tout "
        "perdu.",
    )
    assert DISTRESS in result.labels
    assert "suicide" in result.distress_kinds


# --- A hanging or a jump turned into a punchline ---------------------------------------------------------------------

PUNCHLINES = {
    "rope": (
        "France Travail",
        "Depuis mon licenciement, heureusement que j'ai pas de corde… à sauter, je ferais trembler l'immeuble avec "
        "mes kilos en trop 😂. Quand est versée mon allocation ?",
    ),
    "sofa": (
        "Mairie",
        "Je vais me jeter… dans mon canapé ce soir, épuisée par vos formulaires 😅 Quelles pièces pour la carte "
        "d'identité de ma fille ?",
    ),
}


@pytest.mark.parametrize("name", sorted(PUNCHLINES))
def test_a_punchline_is_no_distress(gates_on, name):
    assert DISTRESS not in _full(*PUNCHLINES[name]).labels


# The model retrained in the forty-eighth pass no longer reads distress in the « sofa » punchline by itself.
@pytest.mark.parametrize("name", sorted(set(PUNCHLINES) - {"sofa"}))
def test_without_the_gate_the_model_reads_distress_in_the_punchline(monkeypatch, name):
    monkeypatch.setattr(triage_dark_humour, "PUNCHLINE_GATE", False)
    assert DISTRESS in _full(*PUNCHLINES[name]).labels


def test_a_punchline_the_writer_then_denies_stays_distress(gates_on):
    result = _full(
        "Impôts",
        "Je vais me pendre… avec le cordon du téléphone 😂 sauf que non, je ne rigole plus, j'ai tout préparé pour ce "
        "soir.",
    )
    assert DISTRESS in result.labels
    assert "suicide" in result.distress_kinds
    assert not triage_dark_humour.punchline_only(
        "Je vais me pendre… avec le cordon du téléphone 😂 sauf que non, je ne rigole plus."
    )


def test_a_punchline_needs_a_laugh(gates_on):
    assert triage_dark_humour.punchline_only("J'ai pas de corde… à sauter 😂")
    assert not triage_dark_humour.punchline_only("J'ai pas de corde… à sauter.")
