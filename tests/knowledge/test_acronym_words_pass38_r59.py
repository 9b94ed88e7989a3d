"""Thirty-eighth pass, engineer-r59: acronyms that are French words, read in capitals after a determiner; "en train
de" is no train; the self-employed said by their trade or legal form."""

import pytest

from guichet.knowledge import vocabulary
from guichet.knowledge.query import understand
from guichet.knowledge.vocabulary import find


def _expansions(text: str) -> list[str]:
    return [found.term.expansion for found in find(text)]


def _fiches(text: str) -> set[str]:
    return {fiche for found in find(text) for fiche in found.term.fiches}


def test_turnover_in_capitals_after_a_determiner_is_read():
    query = understand("Charges trop lourdes\nJe suis plombier en micro et mon CA a baissé de moitié cette année.")
    assert "chiffre d'affaires" in query.lexical()
    assert "chiffre d'affaires" in _expansions("Mes cotisations sont calculées sur 2 300 € de CA par trimestre.")


@pytest.mark.parametrize(
    "text",
    [
        "CA suffit, je veux une réponse.",  # "ça" written in capitals, no determiner
        "j'ai déclaré mon ca hier",  # lower case: the word, not the acronym
        "JE NE COMPRENDS PAS POURQUOI MON CA EST BLOQUÉ",  # shouting, not an acronym
    ],
)
def test_turnover_is_not_read_without_capitals_and_a_determiner(text):
    assert "chiffre d'affaires" not in _expansions(text)


def test_the_volunteer_scheme_is_told_from_life():
    assert _fiches("Mon neveu hésite à partir en VIE au Chili l'an prochain.") == {"F10040"}
    assert _fiches("Il a trouvé un VIE chez un industriel à Montréal.") == {"F10040"}
    assert "F10040" not in _fiches("Ce dossier a gâché ma VIE depuis deux ans.")


def test_the_gender_of_the_determiner_tells_two_meanings_apart():
    time_account = _expansions("Je voudrais utiliser mon CET avant de partir à la retraite.")
    business_tax = _expansions("La CET de notre boulangerie a doublé cette année.")
    business = "contribution économique territoriale cotisation foncière des entreprises"
    assert "compte épargne-temps" in time_account and business not in time_account
    assert business in business_tax and "compte épargne-temps" not in business_tax
    assert _expansions("Nous avons reçu CET avis hier.") == []


def test_the_formalities_centre_is_not_the_business_tax():
    assert _fiches("Je dois m'inscrire au CFE de la chambre de métiers pour ouvrir mon atelier.") == {"F24023"}
    assert _fiches("J'ai reçu l'avis de CFE pour mon atelier de menuiserie.") == {"F23547"}


def test_the_switch_turns_the_reading_off(monkeypatch):
    monkeypatch.setattr(vocabulary, "READ_ACRONYM_WORDS", False)
    assert "chiffre d'affaires" not in _expansions("Je dois déclarer mon CA demain.")


@pytest.mark.parametrize(
    "text",
    [
        "Nous sommes en train de vendre la maison de ma tante.",
        "On est en train de déménager, je fais comment pour le courrier ?",
    ],
)
def test_in_the_middle_of_is_no_train(text):
    assert "transport ferroviaire SNCF voyageur" not in _expansions(text)


def test_a_train_is_still_a_train():
    assert "transport ferroviaire SNCF voyageur" in _expansions("Mon train pour Rennes a été supprimé sans préavis.")
    assert "transport ferroviaire SNCF voyageur" in _expansions("Je suis venue en train depuis Dijon.")


def test_the_feminine_self_employed_name_is_read():
    assert "micro-entrepreneur micro-entreprise" in _expansions("Je suis auto-entrepreneuse en couture depuis mars.")


def test_a_permit_said_by_what_it_builds_is_a_building_permit():
    assert "permis de construire autorisation d'urbanisme" in _expansions(
        "Le voisin a eu son permis pour une extension de 40 m², peut-on le contester ?"
    )
    assert "permis de construire autorisation d'urbanisme" not in _expansions("J'ai perdu mon permis de conduire.")


def test_the_self_employed_said_by_legal_form_or_own_restaurant():
    assert "indépendant" in understand("Je suis fleuriste en nom propre, ai-je droit à une aide ?").qualifiers
    assert "indépendant" in understand("J'ai dû fermer mon restaurant en mai, que faire ?").qualifiers
    assert "indépendant" not in understand("Mon magasin ferme le dimanche, ai-je droit à une prime ?").qualifiers


def test_a_pool_without_a_shelter_is_no_homeless_writer():
    pool = understand("Nous voulons creuser un bassin de 6 m sur 3, sans abri ni clôture. Quelle démarche ?")
    street = understand("Je suis sans abri depuis trois semaines, où puis-je dormir ce soir ?")
    assert "sans logement" not in {hit.name for hit in pool.distress}
    assert "sans logement" in {hit.name for hit in street.distress}
