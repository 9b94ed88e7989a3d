"""Another body's topic named only in an aside ("Au fait, …", "Par ailleurs, …") that asks nothing is no reason to
send the writer elsewhere: the question asked of the office decides. Fresh sentences, not in the corpus."""

from guichet.drafting.triage import triage, without_asides


def test_a_tax_aside_beside_a_question_for_the_caf_stays_in_scope():
    result = triage(
        title="Allocation de rentrée scolaire",
        body=(
            "Bonjour, je perçois l'allocation de rentrée scolaire pour mes deux enfants. Par ailleurs, j'ai reçu mon "
            "avis de taxe foncière hier et il a encore augmenté. Quand sera versée l'allocation cette année ?"
        ),
        administration="CAF",
    )
    assert "out_of_scope" not in result.labels


def test_an_aside_that_asks_is_still_read():
    text = "Je touche l'APL. Au fait, comment corriger ma déclaration d'impôts en ligne ? Merci."
    assert "déclaration d'impôts" in without_asides(text)
    told = "Je touche l'APL. Au fait, je dois aussi déclarer mes impôts. Quand l'APL est-elle versée ?"
    assert "impôts" not in without_asides(told)
    assert "Quand l'APL est-elle versée ?" in without_asides(told)


def test_the_tax_question_itself_asked_of_the_caf_is_still_sent_to_the_tax_office():
    result = triage(
        title="Impôts",
        body=(
            "Bonjour, comment corriger ma déclaration de revenus en ligne sur impots.gouv ? "
            "Je me suis trompée de case."
        ),
        administration="CAF",
    )
    assert "out_of_scope" in result.labels
