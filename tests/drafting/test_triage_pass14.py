"""Triage, fourteenth pass of issue 12: a weak whole-message distress score needs a sentence to confirm it.

The whole message's distress threshold is low (recall first), and unusual voices (a writer whose French is a
second language, a person of ninety, a list of questions, someone writing for a relative) scored over it on
routine asks. Below `DISTRESS_CORROBORATION` the label now stands only when one of the body's sentences, scored
alone, reaches that score too; a rule's distress and a strong whole-message score are untouched.

Every message here was written for these tests (none is in corpora/triage)."""

from guichet.drafting.triage import (
    DISTRESS_CORROBORATION,
    SINGLE_SENTENCE_KEEPS,
    distress_corroborated,
    distress_is_strong,
    triage,
)
from guichet.drafting.triage_model import shipped_model


def test_a_strong_whole_message_needs_no_sentence():
    assert distress_is_strong(DISTRESS_CORROBORATION)
    assert distress_corroborated(0.97, 0.01)
    assert distress_corroborated(0.97, None)


def test_a_weak_whole_message_needs_a_sentence_as_sure():
    weak = DISTRESS_CORROBORATION / 2
    assert not distress_is_strong(weak)
    assert not distress_corroborated(weak, DISTRESS_CORROBORATION - 0.01)
    assert distress_corroborated(weak, DISTRESS_CORROBORATION)
    assert distress_corroborated(weak, None) is SINGLE_SENTENCE_KEEPS


def test_routine_questions_in_an_unusual_voice_carry_no_safety_label():
    body = (
        "Bonjour madame, je suis arrivé de Moldavie il y a huit mois, j'apprends encore le français. "
        "Mon employeur me dit de demander la prime d'activité. Combien de temps pour la réponse ? "
        "Il faut donner les fiches de paie de tous les mois ou seulement les trois derniers ? "
        "Et si mon contrat finit en été, je dois vous écrire ? Merci pour la patience."
    )
    result = triage(title="prime d'activité première fois", body=body, administration="CAF")
    assert "distress" not in result.labels
    assert "injection" not in result.labels


def test_a_quiet_danger_said_once_among_procedure_is_still_distress():
    body = (
        "Bonjour, je voudrais savoir où en est ma demande d'allocation logement déposée en janvier. "
        "J'ai envoyé le bail et l'avis d'imposition comme demandé. "
        "Depuis que mon mari est parti je n'ai plus rien à manger pour les petits et je ne vois plus de raison de "
        "continuer à me battre. Pouvez-vous me dire s'il manque une pièce ?"
    )
    result = triage(title="suivi de ma demande", body=body, administration="CAF")
    assert "distress" in result.labels


def test_the_rules_distress_is_never_questioned():
    body = (
        "Bonjour, question pour mon dossier de retraite. Je vais me suicider ce soir, tout est prêt. "
        "Merci de transmettre à ma fille les papiers."
    )
    result = triage(title="retraite", body=body, administration="Assurance retraite")
    assert "distress" in result.labels
    assert shipped_model() is not None
