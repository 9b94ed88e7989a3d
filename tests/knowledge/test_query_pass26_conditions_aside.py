"""Twenty-sixth pass: a lasting condition told at length in the story (deafness, blindness, a wheelchair, an illness, a
military posting, prison, a farm, debts) before a question it does not name leaves the lexical query; the question's
words decide. Told in the subject or an ask, or beside an ask too short to name a topic, it stays. Fresh sentences,
none from a corpus."""

from guichet.knowledge.analysis import analyze
from guichet.knowledge.search import understand


def _lexical_terms(text: str) -> set[str]:
    return set(analyze(understand(text).lexical()))


def test_deafness_told_before_a_tax_question_leaves_the_lexical_query():
    text = (
        "Bonjour, je suis sourd profond depuis l'enfance et je parle la langue des signes avec ma famille. "
        "Je fais 38 km par jour en voiture pour aller à l'usine. "
        "Est-ce que je peux déduire mes frais de trajet de ma déclaration de revenus ?"
    )
    query = understand(text)
    assert query.conditions_aside == {"surdité"}
    terms = _lexical_terms(text)
    assert "sourd" not in terms and "sign" not in terms
    assert {"frais", "trajet", "declar", "revenus"} <= terms


def test_several_conditions_told_aside_all_leave():
    text = (
        "Je suis agriculteur, éleveur de vaches, et j'ai un cancer depuis l'an dernier. "
        "Comment inscrire ma fille au collège après notre déménagement ?"
    )
    assert understand(text).conditions_aside == {"exploitation agricole", "maladie"}
    assert not {"agriculteur", "cancer", "vach"} & _lexical_terms(text)
    assert {"inscrir", "colleg"} <= _lexical_terms(text)


def test_a_condition_the_ask_names_stays():
    text = "Mon fils est sourd. Peut-il avoir un interprète en langue des signes pour l'oral du bac ?"
    assert understand(text).conditions_aside == frozenset()
    assert "sourd" in _lexical_terms(text)


def test_a_condition_beside_an_ask_with_no_topic_stays():
    text = "Je suis en fauteuil roulant depuis mon accident et je vis seule. J'ai droit à quoi ?"
    assert understand(text).conditions_aside == frozenset()
    assert "fauteuil" in _lexical_terms(text)


def test_debts_told_aside_and_the_words_of_other_stories_kept():
    text = (
        "J'ai des dettes partout et un huissier est venu hier. "
        "Comment faire refaire mon passeport expiré avant le mariage de ma fille ?"
    )
    assert understand(text).conditions_aside == {"dettes"}
    assert {"det", "huissi"} <= _lexical_terms(text)  # debts keep their words (their hardship gives way in rerank)
    # a word that only looks like a condition's is none ("militant" is no military, a dog's "élevage" no farm, a
    # national service long ago no posting, a court's "greffe" no transplant)
    for other in (
        "Mon fils est élève militant au lycée. Comment demander une bourse de lycée pour la rentrée ?",
        "Ma chienne vient d'un élevage. Faut-il pucer les chiots avant de les donner à des amis ?",
        "J'ai fait mon service militaire en 1975. Comment prouver ma nationalité française pour ma carte ?",
        "J'ai reçu le jugement du greffe. Combien de temps ai-je pour faire appel de ce jugement ?",
    ):
        assert understand(other).conditions_aside == frozenset(), other


def test_a_farmer_in_despair_tells_no_background():
    # thoughts of suicide are never a mere background: the farm and the debts stay in the query
    text = (
        "Je suis exploitant agricole, les dettes s'accumulent, la banque me relance. "
        "Parfois je pense à en finir. Je ne sais même pas pourquoi je vous écris tout ça."
    )
    assert understand(text).conditions_aside == frozenset()
