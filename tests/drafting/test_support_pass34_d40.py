"""The support check (`sentence_unsupported`), thirty-fourth pass: a reported question claims nothing; the ways and
times of a procedure said in other words than the fiche's are supported; a sentence that adds a fact still is not.

Fresh sentences, none from corpora/.
"""

from guichet.drafting.checks import check_draft
from guichet.drafting.support import support_terms


def _flagged(sentence: str, message: str = "", passage: str = "") -> bool:
    sources = [{"n": 1, "title": "", "passage": passage}] if passage else []
    checks, _ = check_draft(sentence, sources=sources, message_text=message, require_citation=False)
    return bool(checks["unsupported_sentences"])


def test_a_reported_question_claims_nothing() -> None:
    message = "J'AI ENVOYÉ MON DOSSIER DE BOURSE IL Y A DEUX MOIS ET RIEN. VOUS L'AVEZ EGARÉ OU QUOI ?"
    assert not _flagged("Vous nous demandez si votre demande de bourse a été reçue et où en est son examen.", message)
    assert not _flagged("Vous craignez que votre dossier de bourse se soit perdu en route.", message)
    assert support_terms("Vous vous demandez pourquoi votre aide a été suspendue.") == set()


def test_what_follows_a_reported_question_is_still_read() -> None:
    message = "Est-ce que mon dossier de bourse est complet ?"
    sentence = "Vous souhaitez savoir si votre dossier est complet ; il a été validé le 12 septembre par le Crous."
    assert _flagged(sentence, message)


def test_the_ways_of_a_procedure_in_other_words_are_supported() -> None:
    passage = "La demande se fait en ligne ou par courrier adressé à la mairie de la commune de résidence."
    assert not _flagged("Vous pouvez faire cette démarche sur internet ou par voie postale.", passage=passage)
    passage = "Le délai de traitement dépend de la période de l'année. Le plafond de ressources change chaque année."
    assert not _flagged("La durée d'instruction varie selon la saison.", passage=passage)
    assert not _flagged("Le seuil de ressources change annuellement.", passage=passage)


def test_internet_is_not_an_interruption() -> None:
    assert support_terms("sur internet") == support_terms("en ligne")
    assert support_terms("sur internet") != support_terms("interrompu")


def test_a_sentence_that_adds_a_fact_is_still_unsupported() -> None:
    passage = "La demande se fait en ligne sur le site de l'ANTS. Le délai dépend de la période de l'année."
    assert _flagged("Votre permis vous sera envoyé par la préfecture du Nord sous trois semaines.", passage=passage)
    assert _flagged("Oui, la mairie de Roubaix instruit votre dossier en priorité.", passage=passage)
