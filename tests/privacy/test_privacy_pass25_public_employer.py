"""A public body named as someone's employer is masked as [EMPLOYEUR_n] (twenty-fifth pass, the lead's decision):
"je travaille à la Mairie de Rueil", "agent à La Poste", "aide à domicile au CCAS de Villeurbanne". The office
written to, and public bodies named as places to go or that decided something, stay visible. Sentences written for
these tests (families of batch p66e, not its sentences)."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


def _employer(text: str) -> list[str]:
    return [
        value for placeholder, value in pseudonymise(text).mapping.items() if placeholder.startswith("[EMPLOYEUR_")
    ]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Je travaille à la Mairie de Sartrouville comme agent d'accueil depuis 2019.", "Mairie de Sartrouville"),
        ("Bonjour, je suis facteur à La Poste et mes horaires ont changé.", "La Poste"),
        ("Je suis aide à domicile au CCAS de Bourgoin-Jallieu à temps partiel.", "CCAS de Bourgoin-Jallieu"),
        ("je suis vacataire à la préfecture de la Somme jusqu'en juin", "préfecture de la Somme"),
        ("Mon mari est cantinier au collège Louise-Michel de Vierzon.", "collège Louise-Michel de Vierzon"),
        ("J'étais animatrice à l'école élémentaire Jaurès de Vénissieux.", "école élémentaire Jaurès de Vénissieux"),
        ("Je suis agent technique au conseil départemental de la Creuse.", "conseil départemental de la Creuse"),
        ("elle est infirmière à l'AP-HP depuis 2012", "AP-HP"),
        ("Je suis conductrice de bus à la RATP depuis 2010.", "RATP"),
        ("Mon employeur (la métropole de Rouen) refuse ma mutation.", "métropole de Rouen"),
        ("Mon contrat à la communauté de communes du Vexin s'arrête.", "communauté de communes du Vexin"),
    ],
)
def test_a_named_public_body_after_a_work_of_ones_own_is_masked(text: str, body: str) -> None:
    assert body in _employer(text), pseudonymise(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the office written to, a counsellor there, a place to go, a body that decides or offers
        ("Madame, Monsieur de la CAF du Loiret, je vous écris pour mon dossier.", "CAF du Loiret"),
        ("Ma conseillère à France Travail de Montreuil ne répond plus.", "France Travail"),
        ("Je suis allée à la mairie de Sartrouville pour déposer le dossier.", "mairie de Sartrouville"),
        ("La Mairie de Saint-Priest me propose un contrat d'agent des espaces verts.", "Mairie de Saint-Priest"),
        ("Le rendez-vous est demain à la mairie de Rueil.", "mairie de Rueil"),
        ("Il est possible de le retirer à la mairie de Nanterre.", "mairie de Nanterre"),
        ("Comme chaque année, la préfecture du Nord a fermé en août.", "préfecture du Nord"),
        # a pupil, a beneficiary, someone treated: no employer
        ("Je suis étudiante à l'université de Poitiers en deuxième année.", "université de Poitiers"),
        ("Je suis allocataire à la CAF du Nord depuis 2015.", "CAF du Nord"),
        ("Je suis inscrit à la Mission locale de Roubaix.", "Mission locale"),
        # a public body without its name narrows no one
        ("Je travaille à la mairie comme secrétaire.", "mairie"),
    ],
)
def test_the_office_written_to_and_places_to_go_stay(text: str, kept: str) -> None:
    assert not _employer(text)
    assert kept in pseudonymise(text).text
