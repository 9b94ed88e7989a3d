"""Twentieth pass: a message is about a foreign person, document or place when it names a country or a large town
abroad, says a nationality or a foreigner's papers, without the word "étranger"; such a writer is not kept off a fiche
titled for something done abroad. A language is not a nationality. Fresh sentences, none from a corpus."""

import pytest

from guichet.knowledge.analysis import fold
from guichet.knowledge.rerank import mismatch
from guichet.knowledge.situations import qualifiers_in_message, qualifiers_in_title

FOREIGN = "étranger"


@pytest.mark.parametrize(
    "message",
    [
        "Ma cousine arrive de Kinshasa pour ses études d'infirmière, elle doit s'inscrire où ?",
        "Mon diplôme a été délivré à Bamako, comment le faire reconnaître pour travailler ici ?",
        "Je suis colombienne et je voudrais savoir combien de temps il faut pour changer de carte.",
        "Mon récépissé expire la semaine prochaine et la préfecture ne répond pas, je peux continuer mon CDI ?",
        "J'ai déposé une demande d'asile en mars, ai-je le droit de suivre une formation ?",
        "We are Brazilian and we just moved to Nantes with our two kids, which school papers do we need?",
        "Je reviens d'Istanbul avec deux tapis achetés au bazar, dois-je les déclarer ?",
    ],
)
def test_a_foreign_sign_reads_as_the_foreign_situation(message):
    assert FOREIGN in qualifiers_in_message(fold(message))


@pytest.mark.parametrize(
    "message",
    [
        "Mon fils veut apprendre l'anglais et l'espagnol en cours du soir, y a-t-il une aide ?",
        "Je vis à Villeurbanne depuis vingt ans et je voudrais changer l'adresse de ma carte grise.",
        "Ma voisine parle italien avec ses enfants, elle me demande comment inscrire sa fille à la cantine.",
    ],
)
def test_a_language_or_a_french_town_is_no_foreign_sign(message):
    assert FOREIGN not in qualifiers_in_message(fold(message))


@pytest.mark.parametrize(
    "title, message",
    [
        (
            "Droits de douane des achats effectués à l'étranger",
            "Je rentre de Dubaï avec un ordinateur et un parfum, jusqu'à quel montant je ne paie rien ?",
        ),
        (
            "Assurance maladie : soins reçus à l'étranger",
            "Mon mari est sénégalais, il a été opéré à Dakar pendant nos vacances, qui rembourse ?",
        ),
    ],
)
def test_a_writer_from_or_back_from_abroad_is_no_mismatch_for_a_fiche_about_abroad(title, message):
    assert not mismatch(qualifiers_in_title(fold(title)), qualifiers_in_message(fold(message)))


def test_a_fiche_for_foreigners_is_still_a_mismatch_without_any_foreign_sign():
    title = qualifiers_in_title(fold("Inscription d'un étranger dans l'enseignement supérieur"))
    message = qualifiers_in_message(fold("Ma fille a eu son bac à Rennes, comment s'inscrit-elle à la fac de Brest ?"))
    assert mismatch(title, message)
