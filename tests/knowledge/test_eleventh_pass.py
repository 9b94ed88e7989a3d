"""Eleventh pass (issue 14): the specific fiche of a named thing when the message asks its side fact (the cost, the
delay, a loss, a tear), and the facets that say it. Examples written fresh for these tests, none from a corpus."""

from guichet.knowledge.analysis import fold
from guichet.knowledge.facets import facets_in_message, facets_in_title
from guichet.knowledge.situations import distress
from guichet.knowledge.vocabulary import find
from tests.knowledge.rerank_helpers import ranked_with_pointers

# Real titles of service-public.fr: the procedure of a second-hand car's registration, its cost, its delay, and a
# recourse about it (F31529), beside the civil partnership and its cost.
TITLES = {
    "F1050": "Carte grise : immatriculer un véhicule d'occasion",
    "F19211": "Coût de la carte grise (certificat d'immatriculation)",
    "F11475": "Dans quel délai reçoit-on sa carte grise (ou l'étiquette de nouvelle adresse) ?",
    "F31529": "Quels recours si une demande de carte grise n'aboutit pas ?",
    "F1618": "Se pacser",
    "F21539": "Quel est le coût d'un Pacs ?",
}


def _ranked(message: str) -> tuple[list[str], dict[str, float]]:
    return ranked_with_pointers(TITLES, message)


def test_the_cost_asked_of_a_named_thing_gives_its_cost_fiche_the_name_s_pointer():
    ranked, vocabulary = _ranked("Je reprends la Twingo d'occasion de ma tante, la carte grise va me coûter combien ?")
    assert vocabulary["F19211"] == 1.0  # the cost's fiche takes the pointer of "carte grise d'occasion"
    assert vocabulary["F1050"] == 0.5  # the procedure keeps it one rank lower
    assert ranked[0] == "F19211"
    ranked, vocabulary = _ranked("On se pacse en juin chez le notaire : ça nous reviendra à combien ?")
    assert ranked[0] == "F21539" and vocabulary["F1618"] == 0.5


def test_the_delay_asked_of_a_named_thing_gives_its_delay_fiche_the_name_s_pointer():
    ranked, vocabulary = _ranked(
        "J'ai acheté un scooter d'occasion à un voisin. Combien de temps met la carte grise pour arriver ?"
    )
    assert vocabulary["F11475"] == 1.0 and ranked[0] == "F11475"


def test_no_side_fact_asked_leaves_the_pointer_to_the_thing_s_main_fiche():
    ranked, vocabulary = _ranked("J'ai acheté un scooter d'occasion à un voisin, comment je fais la carte grise ?")
    assert vocabulary["F1050"] == 1.0 and vocabulary["F19211"] == vocabulary["F11475"] == 0.0
    assert ranked[0] == "F1050"
    # a claim is often the procedure itself: it does not move the pointer to the recourse's title
    _, vocabulary = _ranked("Carte grise de mon camping-car d'occasion refusée, je conteste, que faire ?")
    assert vocabulary["F1050"] == 1.0 and vocabulary["F31529"] == 0.0


def test_a_thing_left_behind_or_said_in_english_is_a_loss_and_a_torn_document_is_damage():
    assert "perte" in facets_in_message(fold("J'ai oublié ma sacoche dans le bus avec mon permis"))
    assert "perte" in facets_in_message(fold("Hello, I lost my passport at the airport"))
    assert "vol" in facets_in_message(fold("my wallet was stolen yesterday"))
    assert "perte" not in facets_in_message(fold("J'ai oublié de déclarer mes revenus"))
    assert "détérioration" in facets_in_message(fold("Mon permis est tout déchiré, la photo est illisible"))
    assert "détérioration" in facets_in_message(fold("Le passeport du petit est passé à la machine à laver"))
    assert "détérioration" not in facets_in_message(fold("Je voudrais refaire mon permis, il expire en mai"))
    assert "détérioration" in facets_in_title(fold("Perte, vol ou détérioration de la carte grise : duplicata"))
    assert "détérioration" in facets_in_title(fold("Voyage en avion : bagage perdu, retardé ou endommagé"))


def _situations(text: str) -> set[str]:
    return {hit.name for hit in distress(text)}


def test_a_boss_who_shouts_at_the_writer_or_calls_them_names_is_harassment_at_work():
    assert "harcèlement au travail" in _situations("Ma manager me crie dessus à chaque réunion, je pleure le soir")
    assert "harcèlement au travail" in _situations("Le patron me traite d'incapable devant les clients depuis un an")
    # shouting at home, or a boss who shouts at nobody in particular, is not this situation
    assert "harcèlement au travail" not in _situations("Mon ado me crie dessus quand je lui prends son téléphone")
    assert "harcèlement au travail" not in _situations("Mon chef a crié de joie quand on a signé le contrat")


def test_which_documents_to_give_is_a_facet_of_its_own():
    assert "pièces à fournir" in facets_in_message(fold("Pour le dossier de mon fils, quelles pièces faut-il ?"))
    assert "pièces à fournir" in facets_in_message(fold("Les papiers à fournir pour le mariage, c'est quoi ?"))
    assert "pièces à fournir" not in facets_in_message(fold("J'ai fourni mon dossier en mars, toujours rien"))
    assert "pièces à fournir" in facets_in_title(fold("Voyage à l'étranger : quels documents faut-il pour conduire ?"))


def test_a_suitcase_reads_as_the_fiches_luggage():
    assert "bagage" in " ".join(found.term.expansion for found in find("Ma valise est restée à Madrid, que faire ?"))
