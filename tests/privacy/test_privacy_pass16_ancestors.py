"""Sixteenth pass, second round: old family records. A notary written "maitre" without its accent, a day or month
of the 19th century in a relative's sentence, a life span in brackets after a name, a cadastral parcel of a numbered
section (Alsace, Moselle) and the plots listed after it; a pseudonym signing the message on its last line, first
names alone between brackets, a full name in apposition whose given name the gazetteer lacks, the child a
place in care is asked for. Fresh sentences for this file, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("le dossier est chez maitre Carrouges a Millau depuis juin", "Carrouges", "surname"),
        ("On attend la signature, Maitre Lesparre est en congé.", "Lesparre", "surname"),
        ("Mon trisaïeul est né le 9 février 1871 à Aurillac, fils d'un sabotier.", "9 février 1871", "date_of_birth"),
        ("Le livret de famille de mon grand-père indique seulement « septembre 1889 ».", "septembre 1889", "date"),
        ("Ma bisaïeule, Honorine Vidalenc (1866-1931), tenait l'auberge du village.", "1866-1931", "date"),
        ("Mon arrière-grand-oncle Eugène Sarrazin (1884 – 1917) est mort au front.", "1884 – 1917", "date"),
        (
            "Je voudrais savoir si les parcelles section 17 n° 402 et 403 appartiennent encore à mon oncle.",
            "section 17 n° 402 et 403",
            "other",
        ),
        ("je sais pas si c'est le bon formulaire, merci d'avance\nlucie.v_62", "lucie.v_62", "username"),
        ("Nous avons des jumelles depuis mars (Maëlle et Louise) et je reprends en juin.", "Maëlle", "first_name"),
        ("Nos trois enfants (Inès, Tom et Yanis) sont inscrits à la cantine.", "Tom", "first_name"),
        (
            "On cherche toujours une place chez une assistante maternelle pour Louis, il a huit mois.",
            "Louis",
            "first_name",
        ),
        (
            "Je suis doctorante ghanéenne à Grenoble, Abenaa Boateng, numéro allocataire 4471902.",
            "Abenaa Boateng",
            "name",
        ),
    ],
)
def test_personal_value_is_masked(text: str, value: str, category: str) -> None:
    assert not survives(value, category, output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("La loi du 29 juillet 1881 s'applique-t-elle encore aux affiches ?", "29 juillet 1881"),
        ("Les associations de la loi du 1er juillet 1901 peuvent-elles louer une salle ?", "1er juillet 1901"),
        ("La guerre (1914-1918) a touché toutes les familles de la commune.", "1914-1918"),
        ("Il est maitre de conférences à l'université, a-t-il droit à la prime ?", "maitre de conférences"),
        ("Voir la section 3 du formulaire, puis la parcelle à déclarer.", "section 3"),
        ("Nous avons vécu dans deux villes (Lyon et Villeurbanne) avant de venir ici.", "Lyon et Villeurbanne"),
        ("La demande se fait en ligne, voir l'article\nL.262-1", "L.262-1"),
        ("Nous habitons à Lyon, Croix Rousse, depuis dix ans.", "Croix Rousse"),
        ("La cantine est-elle gratuite pour Paris et sa banlieue ?", "Paris"),
    ],
)
def test_public_words_and_numbers_stay(text: str, kept: str) -> None:
    assert kept in output(text), output(text)
