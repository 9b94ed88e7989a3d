from guichet.knowledge.analysis import analyze, fold
from guichet.knowledge.query import prepare_query


def test_analysis_handles_elisions_accents_and_stop_words():
    assert analyze("L'allocation d'aide qu'il demande") == analyze("allocation aide demande")
    assert analyze("médecins") == analyze("medecin")
    assert fold("Œuvre Élève") == "oeuvre eleve"
    assert analyze("le la les des") == []


def test_prepare_query_strips_greetings_signature_and_placeholders():
    message = (
        "Bonjour Madame,\nJe m'appelle [PERSONNE_1] et mon numéro est 1 85 05 78 006 084 36.\n"
        "Comment renouveler mon passeport ?\nCordialement,\n[PERSONNE_1]"
    )
    query = prepare_query(message)
    assert "Bonjour" not in query
    assert "Cordialement" not in query
    assert "PERSONNE" not in query
    assert "006" not in query
    assert query.count("Comment renouveler mon passeport ?") >= 2


def test_prepare_query_weighs_title_and_expands_acronyms():
    query = prepare_query("Mon APL a baissé, la CAF ne répond pas.", title="Baisse APL")
    assert query.count("Baisse APL") == 2
    assert "aide personnalisée au logement" in query
    assert "caisse d'allocations familiales" in query


def test_french_words_are_not_taken_for_acronyms():
    assert "comité d'entreprise" not in prepare_query("ce que je veux savoir, c'est le montant")


def test_elisions_written_without_apostrophe_are_recovered_against_the_vocabulary():
    vocabulary = {"actualis", "assur"}
    assert analyze("mactualiser lassurance", vocabulary=vocabulary) == ["actualis", "assur"]
    assert analyze("mactualiser lassurance") == ["mactualis", "lassur"]
