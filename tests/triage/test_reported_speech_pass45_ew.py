"""Forty-fifth pass (engineer-ew): names the writer was called, reported in the forms `triage_insult_reported` missed
(`triage_insult_speech`): said *of* the writer ("la dame a dit que j'étais…", "votre courrier dit que je suis…"), the
speaker's words after a colon ("il m'a lancé : vous êtes une fraudeuse"), straight quotes, accusations and opinions
("elle m'a accusée d'être…", "selon mon conseiller je suis…"), a relative called names. The abusive rules read the
text without them (`REPORTED_SPEECH_RULE`) and the model's abusive is read again with them said plainly
(`REPORTED_SPEECH_GATE`); an insult or a threat the writer aims at the office stays abusive. Fresh sentences, in none
of the corpora, through `triage()` with the shipped artefact; the switches flipped at run time in their module."""

import pytest

from guichet.drafting import triage_insult_speech, triage_reported_contempt
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_insult_speech import reported_speech, reported_speech_paraphrased, without_reported_speech
from guichet.drafting.triage_model import shipped_model

ABUSIVE = TriageLabel.ABUSIVE


def _full(administration: str, body: str):
    if shipped_model() is None:
        pytest.skip("no shipped artefact")
    return triage(title="", body=body, administration=administration, use_model=True)


REPORTED = {
    "sms_style": (
        "France Travail",
        "mon conseiller m'a dit que j etais un feignant et un parasite. je veux en changer",
    ),
    "colon_with_vous": (
        "Préfecture",
        "L'agent m'a lancé : vous êtes une fraudeuse, vous n'aurez jamais vos papiers. Je fais une réclamation.",
    ),
    "colon_with_an_insult": (
        "Mairie",
        "Le policier municipal m'a répondu : espèce d'idiot, dégage. Je veux porter réclamation.",
    ),
    "accused": ("CAF", "La conseillère m'a accusée d'être une voleuse devant mes enfants. Je demande des excuses."),
    "straight_quotes": (
        "France Travail",
        "L'agent m'a dit \"vous êtes un profiteur du système, comme tous les autres\". Je veux que ce soit signalé.",
    ),
    "we_were": (
        "MSA",
        "Le technicien disait que nous étions des bouseux incapables de remplir un papier. Nous contestons.",
    ),
    "in_his_eyes": (
        "France Travail",
        "Selon mon conseiller je suis un fainéant qui ne veut pas travailler. J'ai envoyé 40 candidatures.",
    ),
}


@pytest.mark.parametrize("name", sorted(REPORTED))
def test_a_reported_name_is_no_abuse(name):
    administration, body = REPORTED[name]
    assert ABUSIVE not in _full(administration, body).labels


# The writer insults or threatens the office, beside what was reported or alone.
OWN_ABUSE = {
    "after_the_report": (
        "CAF",
        "Votre agent m'a traité de menteur ? Eh bien vous êtes tous des guignols incompétents.",
    ),
    "threat_after": ("Préfecture", "Il m'a dit que j'étais un clandestin. Bande de racistes, je vais vous retrouver."),
    "letter_then_insult": ("CPAM", "Votre lettre dit que je suis un fraudeur. C'est vous les escrocs, sales voleurs."),
    "writer_says": ("Impôts", "Je vous le dis : vous êtes des incapables et des voleurs."),
    "writer_thinks": ("CAF", "Je me dis : quelle bande d'abrutis dans cette caisse. Trois mois sans réponse."),
    "turns_in_the_clause": ("CAF", "Vous me traitez de fraudeuse alors que c'est vous les menteurs, bande d'escrocs."),
    "report_then_insult": (
        "France Travail",
        "Le conseiller m'a dit que je devais venir lundi. Espèce de crétin, je travaille le lundi !",
    ),
}


@pytest.mark.parametrize("name", sorted(OWN_ABUSE))
def test_the_writers_own_abuse_stays_abusive(name):
    administration, body = OWN_ABUSE[name]
    assert ABUSIVE in _full(administration, body).labels


def test_the_rule_switch_off_gives_the_abusive_rules_back(monkeypatch):
    administration, body = REPORTED["colon_with_an_insult"]
    result = _full(administration, body)
    assert ABUSIVE not in result.labels
    monkeypatch.setattr(triage_insult_speech, "REPORTED_SPEECH_RULE", False)
    result = _full(administration, body)
    assert ABUSIVE in result.labels
    assert "idiot" in result.evidence[ABUSIVE]


def test_the_gate_switch_off_gives_the_models_abusive_back(monkeypatch):
    administration, body = REPORTED["straight_quotes"]
    monkeypatch.setattr(triage_insult_speech, "REPORTED_SPEECH_GATE", False)
    # The forty-sixth pass's gate reads the same report on the writer's own sentences: off too, to see this one alone.
    monkeypatch.setattr(triage_reported_contempt, "REPORTED_CONTEMPT_GATE", False)
    result = _full(administration, body)
    assert ABUSIVE in result.labels
    assert result.evidence[ABUSIVE][0].startswith("modèle")


def test_the_clauses_are_found_by_their_verb_and_stop_where_the_writer_turns():
    assert reported_speech(fold("La dame a dit que j'étais une menteuse, une voleuse et une profiteuse.")) == [
        "a dit que j'etais une menteuse, une voleuse et une profiteuse"
    ]
    assert reported_speech(fold("Il m'a lancé : vous êtes une fraudeuse. Bande d'incapables.")) == [
        "m'a lance : vous etes une fraudeuse"
    ]
    assert reported_speech(fold("Elle a traité ma fille de grosse paresseuse devant la classe.")) == [
        "traite ma fille de grosse paresseuse devant la classe"
    ]
    folded = fold("Vous écrivez que je suis un tricheur bande de voleurs")
    assert "bande de voleurs" in without_reported_speech(folded)
    assert "tricheur" not in without_reported_speech(folded)


def test_the_writers_own_saying_and_plain_speech_are_no_clause():
    assert reported_speech(fold("Je me dis : quelle bande d'abrutis.")) == []
    assert reported_speech(fold("Je vous le dis : vous êtes des voleurs.")) == []
    assert reported_speech(fold("Le conseiller m'a dit que mon dossier était complet.")) == []
    assert reported_speech(fold('Vous êtes des "professionnels", vraiment ?')) == []


def test_the_model_reads_the_clause_said_plainly():
    said = reported_speech_paraphrased("Votre courrier dit que je suis un fraudeur. Je conteste « ce contrôle ».")
    assert said == "Votre courrier  m'a mal parlé . Je conteste « … »."
