"""Forty-seventh pass (engineer-fe): short messages and set phrases (`triage_set_phrases`), and a private-sector
complementary pension asked of the Assurance retraite (`triage_complementary_pension`).

Fresh messages, in none of the corpora, through `triage()` with the shipped artefact; each switch flipped at run time
to show the case it moves and the neighbour it leaves alone (the rule ships on, the two gates off: the tests turn them
on)."""

import pytest

from guichet.drafting import triage_complementary_pension, triage_set_phrases
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage

DISTRESS = TriageLabel.DISTRESS
ABUSIVE = TriageLabel.ABUSIVE
OUT_OF_SCOPE = TriageLabel.OUT_OF_SCOPE


def _full(administration: str, body: str, title: str = "Question"):
    return triage(title=title, body=body, administration=administration, use_model=True)


@pytest.fixture
def gates_on(monkeypatch):
    monkeypatch.setattr(triage_set_phrases, "SET_PHRASE_GATE", True)
    monkeypatch.setattr(triage_set_phrases, "SHORT_ABUSE_GATE", True)


def test_the_rule_ships_on_and_the_gates_off():
    assert not triage_set_phrases.SET_PHRASE_GATE
    assert not triage_set_phrases.SHORT_ABUSE_GATE
    assert triage_complementary_pension.COMPLEMENTARY_PENSION_RULE
    assert triage_set_phrases.SHORT_WORDS == 25
    assert triage_set_phrases.SHORT_ABUSE_BAR == 0.5


# --- Set phrases of overload ---------------------------------------------------------------------------------------

# Fifty-second pass: « … de mes jumeaux, aidez-moi. » — the retrained model (11,206 messages) scored the pass-47
# wording 0.149, under its distress threshold (0.1528) even without the gate; this one it still reads as distress.
CROULE = ("CAF", "Au secours, je croule sous les papiers depuis la naissance de mes jumeaux, aidez-moi.")
CA_ME_TUE = ("France Travail", "Ça me tue. Quatre semaines que j'attends mon attestation.")
SUBMERGEE = ("CAF", "Au secours, je suis submergée de paperasse, je n'y comprends plus rien.")


@pytest.mark.parametrize("message", [CROULE, CA_ME_TUE, SUBMERGEE], ids=["croule", "ca_me_tue", "submergee"])
def test_a_set_phrase_about_papers_is_no_distress(monkeypatch, gates_on, message):
    assert DISTRESS not in _full(*message).labels
    monkeypatch.setattr(triage_set_phrases, "SET_PHRASE_GATE", False)
    assert DISTRESS in _full(*message).labels


def test_the_complaint_beside_the_set_phrase_stays(gates_on):
    assert TriageLabel.COMPLAINT in _full(*CA_ME_TUE).labels


@pytest.mark.parametrize(
    "message",
    [
        ("CAF", "C'est la galère, on dort dans la voiture avec les petits depuis une semaine."),
        ("CAF", "Je suis noyé sous les dettes et je ne vois plus d'issue."),
    ],
    ids=["galere_in_the_car", "drowned_in_debts"],
)
def test_a_danger_said_beside_or_in_the_phrase_stays_distress(gates_on, message):
    assert DISTRESS in _full(*message).labels


def test_the_phrases_taken_out():
    plain = triage_set_phrases.without_set_phrases
    assert plain("Au secours ! Je suis noyé sous les papiers.").strip(" !.") == ""
    # Debts are no papers, and the bare "je n'en peux plus" is how despair is written: never taken out.
    assert plain("Je suis noyé sous les dettes.") == "Je suis noyé sous les dettes."
    assert plain("Je n'en peux plus.") == "Je n'en peux plus."
    # "Au secours" is taken out only beside a set phrase.
    assert plain("Au secours, aidez-moi.") == "Au secours, aidez-moi."
    assert "secours" not in plain("Au secours, c'est la galère avec ce formulaire.")


# --- A short message's abusive aimed at no one ---------------------------------------------------------------------

# The artefact retrained after the merge (forty-seventh pass) scores « Merde alors. Carte vitale pas reçue. » under the
# abusive threshold, so the gate has nothing to drop there; this one still reads as abuse without the gate.
SWORE_AT_LUCK = ("CPAM", "Putain. Toujours pas de carte vitale.")


def test_a_short_swear_aimed_at_no_one_is_no_abuse(monkeypatch, gates_on):
    assert ABUSIVE not in _full(*SWORE_AT_LUCK, title="").labels
    monkeypatch.setattr(triage_set_phrases, "SHORT_ABUSE_GATE", False)
    assert ABUSIVE in _full(*SWORE_AT_LUCK, title="").labels


def test_a_short_insult_aimed_at_the_office_stays_abusive(gates_on):
    assert ABUSIVE in _full("CAF", "Vous êtes des incompétents, merde alors.").labels
    assert ABUSIVE in _full("Préfecture", "Bande d'incompétents. Trois mois pour un récépissé.").labels
    # A bare « Incompétents. » aims at no one the gate can read: with the retrained artefact (model abusive under 0.5)
    # the gate drops it, one reason it ships off (docs/benchmarks.md, the lead's forty-seventh-pass triage section).


def test_what_is_aimed():
    unaimed = triage_set_phrases.short_and_unaimed
    assert unaimed("", "Merde alors. Carte vitale pas reçue.")
    assert not unaimed("", "Ras le bol. On vous paie à quoi ?")
    assert not unaimed("", "Bande de nuls, dossier perdu.")
    assert not unaimed("", "Les agents de l'accueil ? Des incapables.")
    assert not unaimed("", " ".join(["mot"] * 26))


# --- The Agirc-Arrco's pension asked of the Assurance retraite -----------------------------------------------------

CADRES = (
    "Assurance retraite",
    "Je touche bien ma retraite de la Sécu, mais celle de la caisse des cadres ne m'est plus versée depuis deux "
    "mois. Pouvez-vous vérifier ?",
)


def test_the_cadres_fund_unpaid_is_out_of_scope(monkeypatch):
    result = _full(*CADRES)
    assert OUT_OF_SCOPE in result.labels
    assert result.competent["topic"] == "retraite_complementaire"
    monkeypatch.setattr(triage_complementary_pension, "COMPLEMENTARY_PENSION_RULE", False)
    # The model retrained in the forty-eighth pass scores it out of scope by itself (0.49, threshold 0.4865): what the
    # rule adds is the competent fund the reply points to.
    assert _full(*CADRES).competent is None


def test_the_single_claim_for_both_pensions_stays_in_scope():
    result = _full(
        "Assurance retraite",
        "Je pars en retraite en juin : la demande unique en ligne vaut-elle aussi pour l'Agirc-Arrco ?",
    )
    assert OUT_OF_SCOPE not in result.labels


def test_the_rule_reads_only_the_assurance_retraite():
    asked = triage_complementary_pension.complementary_pension_asked
    text = "Ma retraite de base arrive bien, mais l'Arrco n'est plus versée depuis mars."
    assert asked({"retraite"}, text)
    assert not asked({"caf"}, text)
    # No trouble said: a question of how to claim is the office's own.
    assert not asked({"retraite"}, "Faut-il aussi écrire à l'Agirc-Arrco ? Ma retraite de base arrive bien.")
