"""Twenty-seventh pass: a grandparent, an aunt or an uncle who raises a relative's child. The fiches call that child
"recueilli"; a relative who cannot sign or decide for the child is asking for the parents' authority delegated.
Fresh sentences, none from a corpus."""

from guichet.knowledge.search import understand


def _expansions(text: str) -> list[str]:
    return understand(text).expansions()


def test_a_relatives_child_at_home_is_a_child_taken_in():
    for text in (
        "Mon petit-fils de 9 ans vit chez moi depuis l'an dernier. Ai-je droit à une aide de la Caf ?",
        "J'élève ma petite-fille depuis ses 3 ans, puis-je la déclarer aux impôts ?",
        "Les enfants de mon frère habitent chez nous depuis janvier, qui touche les allocations ?",
        "Ma nièce m'a été confiée par le juge, comment la mettre sur ma carte vitale ?",
    ):
        assert "enfant recueilli" in _expansions(text), text


def test_a_grandchild_who_does_not_live_with_the_writer_is_no_child_taken_in():
    for text in (
        "Mon petit-fils habite à Lyon avec ses parents, je voudrais lui donner 10 000 euros.",
        "Ma nièce est élève en CM2, la cantine est-elle obligatoire ?",
        "J'élève des chèvres et mon neveu veut reprendre la ferme.",
    ):
        assert "enfant recueilli" not in _expansions(text), text


def test_a_relative_who_cannot_sign_for_the_child_asks_for_a_delegation():
    for text in (
        "Mon petit-fils vit avec moi mais je ne peux rien signer pour lui chez le médecin.",
        "Ma fille est à l'hôpital, son fils est chez moi : comment pouvoir décider pour lui à l'école ?",
    ):
        assert any("délégation de l'autorité parentale" in words for words in _expansions(text)), text


def test_signing_for_an_adult_or_ones_own_child_is_no_delegation():
    for text in (
        "Je voudrais pouvoir signer pour ma mère qui a Alzheimer, comment faire ?",
        "Mon fils a 15 ans, dois-je signer pour lui l'autorisation de sortie ?",
    ):
        assert not any("délégation de l'autorité parentale" in words for words in _expansions(text)), text
