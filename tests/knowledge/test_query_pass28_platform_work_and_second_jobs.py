"""Twenty-eighth pass: platform workers who name the app and not the status ("je roule pour Uber", "livreur à
vélo") are read as indépendants, with the micro-entrepreneur's words added to the query; a second activity beside a
job ("à côté", "cumuler mon poste") adds the fiches' "cumuler plusieurs emplois / activités".
Fresh sentences, none from a corpus."""

from guichet.knowledge.search import understand

_PLATFORM_WORDS = "micro-entrepreneur travailleur indépendant"
_SECOND_JOB_WORDS = "cumuler plusieurs emplois activités"


def test_a_platform_worker_is_an_independent_worker():
    for text in (
        "Je roule pour Uber et Bolt depuis mars, est-ce que je dois payer la CFE ?",
        "Je fais du Deliveroo le soir, combien je dois déclarer aux impôts ?",
        "Livreuse à vélo depuis deux ans, ai-je droit à des indemnités si je me casse la jambe ?",
        "Chauffeur VTC à Lille, ma carte professionnelle expire le mois prochain.",
        "Je livre pour une appli depuis l'été, est-ce que ça compte pour ma retraite ?",
    ):
        query = understand(text)
        assert "indépendant" in query.qualifiers, text
        assert _PLATFORM_WORDS in query.expansions(), text


def test_a_customer_or_an_employed_courier_is_no_independent_worker():
    for text in (
        "J'ai pris un Uber pour aller à l'aéroport et le chauffeur a eu un accident, qui paie ?",
        "Je livre des colis pour Uber Eats avec un contrat salarié, ai-je droit aux congés payés ?",
        "Mon colis a été perdu par le livreur, que faire ?",
    ):
        query = understand(text)
        assert "indépendant" not in query.qualifiers, text
        assert _PLATFORM_WORDS not in query.expansions(), text


def test_a_second_activity_beside_a_job_is_a_cumul():
    for text in (
        "Je suis aide-soignante et je voudrais vendre des bijoux à côté, est-ce permis ?",
        "Puis-je cumuler mon poste d'enseignant avec des cours particuliers payés ?",
        "J'ai deux emplois à temps partiel, y a-t-il une limite d'heures ?",
    ):
        assert _SECOND_JOB_WORDS in understand(text).expansions(), text


def test_a_place_next_to_something_is_no_second_activity():
    for text in (
        "La boulangerie à côté de chez moi fait du bruit la nuit, à qui m'adresser ?",
        "J'habite à côté d'une école, puis-je me garer devant ?",
    ):
        assert _SECOND_JOB_WORDS not in understand(text).expansions(), text
