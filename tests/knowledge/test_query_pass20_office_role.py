"""Twentieth pass: a writer who names the office while doubting it is the right one, or says why this office should act
on another's business ("comme c'est vous qui …, pouvez-vous …"), is read as writing to the wrong office: the clause
leaves the query (it names the office's business, not the need). A message that only names the office is not.
Fresh sentences, none from a corpus."""

import pytest

from guichet.knowledge.query import understand


def _useful(query) -> str:
    return " ".join([query.subject, *query.asks, *query.context])


@pytest.mark.parametrize(
    "message, office_words",
    [
        (
            "Mon ancien patron garde ma dernière fiche de paie. Comme c'est vous qui prélevez l'impôt sur mon "
            "salaire, pouvez-vous la lui réclamer ?",
            "prélevez",
        ),
        (
            "Le magasin refuse de reprendre mon aspirateur en panne. C'est vous les impôts, vous pouvez le forcer ?",
            "impôts",
        ),
        (
            "Je ne sais pas si c'est la mairie qui s'occupe de ça. Mon voisin a coupé la haie mitoyenne sans "
            "me demander, il en a le droit ?",
            "mairie",
        ),
        (
            "Ce n'est sans doute pas la CAF qui gère les retraites. Mon père peut-il toucher sa pension au Portugal ?",
            "caf",
        ),
        (
            "Vous qui êtes un service public, vous pouvez obliger mon opérateur à couper mon abonnement ?",
            "service public",
        ),
        (
            "Je sais que la préfecture ne s'occupe pas de ça mais mon chien a mordu le facteur, que dois-je faire ?",
            "préfecture",
        ),
    ],
)
def test_a_clause_about_the_office_is_set_aside(message, office_words):
    query = understand(message)
    assert query.wrong_office
    assert office_words not in _useful(query).lower()


@pytest.mark.parametrize(
    "message",
    [
        "Bonjour la CAF, mon APL a baissé de 40 euros ce mois-ci sans explication, pourquoi ?",
        "La couleur du canapé livré n'a rien à voir avec la photo, puis-je le renvoyer ?",
        "Je suis allocataire depuis 2019, est-ce que la prime de naissance est versée avant l'accouchement ?",
    ],
)
def test_a_message_to_the_right_office_is_not_read_as_misdirected(message):
    assert not understand(message).wrong_office
