"""The support check reads a sentence's claim words (thirty-third pass, engineer-d38): a faithful restatement of the
message or of its source in other words is not `sentence_unsupported`; a sentence that adds a fact still is.

Fresh sentences, none from corpora/.
"""

from guichet.drafting.checks import check_draft, check_support
from guichet.drafting.support import evidence_terms, support_terms


def _flagged(sentence: str, message: str = "", passage: str = "") -> bool:
    sources = [{"n": 1, "title": "", "passage": passage}] if passage else []
    checks, _ = check_draft(sentence, sources=sources, message_text=message, require_citation=False)
    return bool(checks["unsupported_sentences"])


def test_the_writers_story_told_back_in_everyday_synonyms_is_supported():
    message = "Mon épouse travaille à mi-temps et notre propriétaire veut récupérer l'appartement. On fait comment ?"
    sentence = "Votre femme a un emploi à mi-temps et votre bailleur souhaite reprendre le logement."
    assert not _flagged(sentence, message)


def test_a_number_in_words_is_its_digits():
    message = "J'ai 4 enfants à charge et je suis au RSA depuis 2 ans."
    assert not _flagged("Vous avez quatre enfants à charge et percevez le RSA depuis deux ans.", message)
    assert "4" in support_terms("quatre enfants") and "4" in evidence_terms("4 enfants")


def test_a_reported_question_is_read_without_its_frame():
    message = "Bonjour, est-ce que la prime de Noël est versée aussi aux personnes qui touchent l'ASS ?"
    assert not _flagged("Vous souhaitez savoir si la prime de Noël est versée aux bénéficiaires de l'ASS.", message)
    assert not _flagged("Votre question porte sur la prime de Noël des personnes qui touchent l'ASS.", message)


def test_a_courtesy_alone_claims_nothing():
    message = "Je n'arrive pas à imprimer mon attestation de quotient familial."
    assert not _flagged("Nous vous remercions de votre message et restons à votre disposition.", message)
    assert not _flagged("N'hésitez pas à nous recontacter si besoin.", message)


def test_a_rule_of_the_passage_reworded_is_supported():
    passage = "Le locataire doit souscrire une assurance habitation et en justifier chaque année auprès du bailleur."
    message = "Est-ce que je suis obligé d'assurer mon studio ?"
    sentence = "Chaque année, vous devez prouver à votre propriétaire que vous êtes assuré."
    assert not _flagged(sentence, message, passage)


def test_a_near_twin_that_adds_a_fact_stays_flagged():
    message = "Mon épouse travaille à mi-temps. Est-ce qu'on a droit à la prime d'activité ?"
    passage = "La prime d'activité est versée aux travailleurs dont les revenus sont modestes."
    sentence = "Votre prime d'activité a été recalculée et sera augmentée dès le trimestre prochain."
    assert _flagged(sentence, message, passage)


def test_an_invitation_keeps_what_it_invites_to():
    """The opening of an invitation is the letter's voice; a step no source gives is still unsupported."""
    message = "Je n'ai pas reçu mon relevé de situation."
    assert _flagged("Nous vous invitons à appeler la plateforme téléphonique du lundi au vendredi.", message)


def test_a_frame_does_not_hide_an_unsupported_claim_about_the_writer():
    message = "Bonjour, je voudrais savoir où en est mon dossier de logement social."
    assert _flagged("Vous nous indiquez que votre loyer actuel dépasse un tiers de vos revenus.", message)


def test_check_support_still_takes_plain_texts():
    found = check_support(
        "Le contrôle technique doit être refait tous les deux ans. Votre voiture de collection en est exemptée.",
        ["Le contrôle technique est à renouveler tous les 2 ans."],
    )
    assert [hit["sentence"] for hit in found] == ["Votre voiture de collection en est exemptée."]
