"""Twenty-seventh pass, second shift (issue 14): free of charge is a facet of its own; a sofa, a squat, a tent or a
host who will not keep the writer is no home; a business's address is its domiciliation. Fresh sentences, none from
a corpus."""

from guichet.knowledge.analysis import fold
from guichet.knowledge.facets import facets_in_message, facets_in_title
from guichet.knowledge.situations import distress
from tests.knowledge.vocabulary_helpers import pointed_by_find as _pointed


def test_free_of_charge_is_asked_beside_the_cost():
    for text in (
        "Est-ce que la carte d'identité est gratuite si je n'ai aucun revenu ?",
        "On peut voir un avocat gratuitement quand on est au RSA ?",
        "Les soins dentaires sont gratuits pour mon fils de 9 ans ?",
    ):
        assert {"gratuité", "coût"} <= facets_in_message(fold(text)), text


def test_free_of_charge_in_a_title_and_not_a_gift_at_no_cost():
    assert "gratuité" in facets_in_title(fold("Peut-on obtenir un passeport gratuitement ?"))
    assert "gratuité" in facets_in_title(fold("Comment consulter gratuitement un avocat ?"))
    assert "gratuité" not in facets_in_title(fold("Combien coûte un passeport ?"))
    assert "gratuité" not in facets_in_title(fold("Formulaire : Droits de mutation à titre gratuit"))
    assert "gratuité" not in facets_in_message(fold("Ma tante m'a fait une donation à titre gratuit."))


def _situations(text: str) -> set[str]:
    return {hit.name for hit in distress(fold(text))}


def test_a_shelter_that_is_no_home():
    for text in (
        "Depuis mon licenciement je dors sur le canapé d'un collègue.",
        "On dort dans un squat avec mon frère depuis l'automne.",
        "Je dors sous une tente au bord du canal depuis une semaine.",
        "Je suis chez une amie mais elle peut plus me garder après vendredi.",
        "On vit chez mon oncle qui ne peut plus nous loger.",
        "Je dors à droite à gauche depuis que j'ai quitté Lille.",
    ):
        assert "sans logement" in _situations(text), text


def test_a_friend_or_a_partner_at_home_is_no_homelessness():
    for text in (
        "Je dors chez ma copine le week-end, est-ce que je dois déclarer un changement d'adresse ?",
        "Je suis hébergée chez une amie depuis deux ans, elle me fait une attestation d'hébergement.",
        "Mon patron ne peut plus me garder après la fin de mon contrat.",
        "Nous sommes allés pique-niquer dans le parc avec les enfants.",
    ):
        assert "sans logement" not in _situations(text), text


def test_a_business_address_is_its_domiciliation():
    for text in (
        "Je n'ai pas de logement fixe : quelle adresse pour ma micro-entreprise ?",
        "Est-ce que je peux domicilier mon entreprise chez ma mère ?",
        "Une société de domiciliation, c'est fiable pour une SASU ?",
        "Je voudrais transférer le siège social chez moi.",
    ):
        assert "F2160" in _pointed(text), text


def test_a_persons_address_or_an_employers_is_not_a_business_domiciliation():
    for text in (
        "Je suis SDF, comment avoir une adresse pour recevoir mon courrier ?",
        "J'ai envoyé ma lettre de démission à l'adresse de l'entreprise.",
        "Le siège social de mon employeur est à Lyon.",
    ):
        assert "F2160" not in _pointed(text), text


def test_care_said_before_the_missing_papers_names_the_ame():
    for text in (
        "Soins pour une personne sans papiers",
        "Comment se soigner quand on n'a pas de papiers ?",
    ):
        assert "F3079" in _pointed(text), text
    assert "F3079" not in _pointed("Le médecin m'a soigné. Je n'ai pas de papiers d'identité sur moi aujourd'hui.")
