"""Forty-fourth pass (engineer-er): insults said to the writer and reported without quotes are no abuse
(`triage_insult_reported`). The abusive rules read the text without the clause that reports a name the writer was
called (`REPORTED_INSULT_RULE`, on), and the model's abusive can be read again without it (`REPORTED_INSULT_GATE`,
shipped off); an insult
the writer aims at the office, in the same message or outside the clause, stays abusive. Fresh sentences, in none
of the corpora, through `triage()` with the shipped artefact; the switches flipped at run time."""

import pytest

from guichet.drafting import triage_insult_reported
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_insult_reported import (
    reported_insults,
    reported_insults_emptied,
    without_reported_insult_abuse,
    without_reported_insults,
)
from guichet.drafting.triage_model import shipped_model

ABUSIVE = TriageLabel.ABUSIVE


def _full(administration: str, body: str, title: str = ""):
    return triage(title=title, body=body, administration=administration, use_model=True)


# A victim reports the name they were called, without quotes, and asks the office a civil question.
REPORTED = {
    "slur_neighbour": (
        "Mairie",
        "Mon voisin m'a traité de sale étranger ce matin dans le hall. Y a-t-il une médiation ?",
    ),
    "tutor": (
        "France Travail",
        "Mon tuteur de stage me traite d'abruti tous les jours. Puis-je arrêter le stage sans perdre mon allocation ?",
    ),
    "slurs_at_work": (
        "Préfecture",
        "Au travail on me traite de bougnoule et de clandestin. Comment avoir un duplicata de ma carte ?",
    ),
    "client": (
        "URSSAF",
        "Un client m'a dit que j'étais un escroc parce que ma facture avait du retard. Comment déclarer ce chiffre ?",
    ),
    "phone_scam": (
        "Préfecture",
        "Au téléphone, un homme m'a traitée d'idiote et m'a demandé 200 € pour mon dossier. Est-ce une arnaque ?",
    ),
    "passive": ("CAF", "J'ai été traitée de profiteuse par ma belle-famille. Mon RSA est-il versé le 5 ce mois-ci ?"),
}


@pytest.mark.parametrize("name", sorted(REPORTED))
def test_a_reported_insult_is_no_abuse(name):
    administration, body = REPORTED[name]
    assert ABUSIVE not in _full(administration, body).labels


@pytest.mark.parametrize("name", ["slur_neighbour", "tutor", "slurs_at_work"])
def test_the_rule_switch_off_gives_the_abusive_rules_back(monkeypatch, name):
    monkeypatch.setattr(triage_insult_reported, "REPORTED_INSULT_RULE", False)
    administration, body = REPORTED[name]
    assert ABUSIVE in _full(administration, body).labels


# The writer insults the office: outside the clause, after a stop, or cut off from it by "bande de".
OWN_ABUSE = {
    "after_stop": ("Mairie", "Votre agent m'a traité de menteur. Vous êtes tous des abrutis à la mairie."),
    "no_comma": ("CAF", "Votre agent m'a traité de menteur bande d'incapables."),
    "before": ("CAF", "Vous êtes des escrocs, vous m'avez traité de fraudeur alors que j'ai tout déclaré."),
    "unreported_slur": (
        "Préfecture",
        "Sale étranger, c'est ce que votre agent pense de moi ? Trois mois pour un rendez-vous, bande de racistes.",
    ),
}


@pytest.mark.parametrize("name", sorted(OWN_ABUSE))
def test_the_writers_own_insult_stays_abusive(name):
    administration, body = OWN_ABUSE[name]
    assert ABUSIVE in _full(administration, body).labels


def test_the_clause_is_found_by_its_verb():
    found = reported_insults(fold("Il m'a dit que j'étais une incapable. Elle m'a lancé : sale arabe."))
    assert found == ["m'a dit que j'etais une incapable", "m'a lance : sale arabe"]
    assert reported_insults(fold("Je me suis fait traiter d'idiot au guichet.")) == [
        "je me suis fait traiter d'idiot au guichet"
    ]


def test_treatment_without_a_name_and_calls_are_no_clause():
    assert reported_insults(fold("Il me traite comme un chien et il m'appelle tous les soirs.")) == []
    assert reported_insults(fold("Le dossier est traité depuis lundi, j'ai été reçue par l'agent.")) == []


def test_the_rule_reading_blanks_only_the_clause():
    folded = fold("Vous m'avez traité de fraudeur, bande d'incapables.")
    assert "fraudeur" not in without_reported_insults(folded)
    assert "bande d'incapables" in without_reported_insults(folded)


def test_the_model_reading_keeps_the_rest_of_the_raw_text():
    emptied = reported_insults_emptied("Mon voisin m'a traité de sale étranger, puis il est parti. Ça arrive souvent.")
    assert emptied == "Mon voisin  … , puis il est parti. Ça arrive souvent."
    assert reported_insults_emptied("Rien à signaler ici.") == "Rien à signaler ici."


def test_the_gate_drops_a_model_abusive_only_reported_words_gave(monkeypatch):
    model = shipped_model()
    if model is None:
        pytest.skip("no shipped artefact")
    # (the model retrained in the fifty-eighth pass no longer reads « traiter d'idiot » as abuse: a ruder word)
    body = "On m'a traité d'abruti et de crétin au téléphone chez vous. Comment contester la majoration ?"
    assert ABUSIVE in model.decide(model.scores("", body, "Impôts"))
    # Shipped off: as shipped, the model's label is kept.
    assert without_reported_insult_abuse(model, [ABUSIVE], [], "", body, "Impôts") == [ABUSIVE]
    monkeypatch.setattr(triage_insult_reported, "REPORTED_INSULT_GATE", True)
    assert without_reported_insult_abuse(model, [ABUSIVE], [], "", body, "Impôts") == []
    # A label a rule set is never read again, and the switch off keeps the model's label.
    assert without_reported_insult_abuse(model, [ABUSIVE], [ABUSIVE], "", body, "Impôts") == [ABUSIVE]
    monkeypatch.setattr(triage_insult_reported, "REPORTED_INSULT_GATE", False)
    assert without_reported_insult_abuse(model, [ABUSIVE], [], "", body, "Impôts") == [ABUSIVE]


def test_a_victim_in_danger_keeps_distress():
    body = (
        "Mon mari m'a traitée de bonne à rien devant les enfants puis il m'a frappée. Je suis chez une voisine avec "
        "les petits, il a gardé les clés."
    )
    result = _full("Mairie", body)
    assert TriageLabel.DISTRESS in result.labels
    assert ABUSIVE not in result.labels
