"""Twenty-sixth pass, second shift: soldiers, sailors and gendarmes, their pensions and their postings. A soldier
said by the rank or the army is the State's agent, whose pensions are the fonctionnaire's (code des pensions civiles
et militaires); a State pension named keeps the private employee's fiches off; a posting that happened is a move.
Fresh sentences, none from a corpus."""

from guichet.knowledge.analysis import analyze, fold
from guichet.knowledge.search import understand
from guichet.knowledge.situations import qualifiers_in_message


def _publics(text: str) -> frozenset[str]:
    return qualifiers_in_message(fold(text))


def test_a_soldier_said_by_the_rank_is_a_civil_servant():
    for text in (
        "Je suis adjudant-chef dans l'armée de terre depuis 20 ans.",
        "Sergent au 3e régiment, je voudrais savoir quand partir.",
        "J'ai fait 8 ans dans la marine comme matelot puis quartier-maître.",
        "Ancien caporal-chef, je quitte l'armée en juin.",
    ):
        assert {"agent public", "fonctionnaire titulaire"} <= _publics(text), text


def test_the_words_that_only_look_military_are_no_soldier():
    for text in (
        "J'ai fait mon service militaire en 1985, suis-je concerné ?",
        "Je suis bénévole à l'Armée du salut le mardi.",
        "Il faut faire le recensement militaire à 16 ans ?",
    ):
        assert not {"agent public", "fonctionnaire titulaire"} & _publics(text), text


def test_a_dead_sergeant_husband_is_the_widows_public_but_a_living_one_is_not():
    widow = "Mon mari, sergent au régiment, est mort pendant un exercice. Y a-t-il un capital décès ?"
    assert "fonctionnaire titulaire" in _publics(widow)
    wife = "Mon mari est sergent. Je suis vendeuse dans une entreprise, ai-je droit à un congé ?"
    assert "fonctionnaire titulaire" not in _publics(wife)


def test_a_state_pension_named_is_no_private_employees_question():
    text = (
        "Retraité de l'armée, je viens d'être embauché dans une entreprise privée. "
        "Puis-je cumuler ma pension militaire avec mon salaire ?"
    )
    publics = _publics(text)
    assert "salarié du privé" not in publics and "agent public" in publics
    # a firm's employee with no State pension stays one
    assert "salarié du privé" in _publics("Je suis salarié dans une entreprise privée, puis-je cumuler ?")
    # a war invalid's pension is no retirement
    assert "salarié du privé" in _publics(
        "Je suis salarié dans une entreprise privée et je touche une pension militaire d'invalidité."
    )


def test_a_posting_that_happened_is_a_move():
    text = "Suite à la mutation de mon mari à Brest, comment inscrire nos enfants à l'école en cours d'année ?"
    assert "demenag" in analyze(understand(text).lexical())
    muted = "Je suis mutée à Lyon en septembre. Quel préavis pour quitter mon appartement ?"
    assert "demenag" in analyze(understand(muted).lexical())


def test_a_transfer_only_planned_or_a_propertys_mutation_is_no_move():
    for text in (
        "Ma boîte veut m'envoyer à Bordeaux avec une clause de mobilité. Puis-je refuser ?",
        "Combien coûtent les droits de mutation pour l'achat d'une maison ?",
    ):
        assert "demenag" not in analyze(understand(text).lexical()), text
