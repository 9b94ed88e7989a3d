"""Fifty-fifth pass (engineer-d91, issue 14): the writer's resources, work and household said again by a draft
(`persona.resources`): one child is no writer living alone (`ONE_CHILD_SAID`), a home bought is an owner's
(`BOUGHT_HOME`), the prime d'activité and the housing aid are benefits (`MORE_BENEFITS`), one denied after « ni » is
not received (`DENIED_BY_NI`), a share of the rent is no rent of the home (`RENT_SHARE`), a salary and an income are
one money (`EARNINGS_AS_ONE`), a contract by its length is a CDD (`FIXED_TERM_BY_LENGTH`), a contract the message
does not give leaves the sentence open (`CONTRACT_AS_DETAIL`). Fresh messages, and items of batch d91's train split
(named by their id)."""

import pytest

from guichet.drafting.persona import CONSISTENT, CONTRADICTED, UNSUPPORTED, find_claims, resources


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(f"{sentence} [1]", message)
    return claims[0].verdict if claims else "none"


# d91-008 and d91-036 (train)
ONLY_SON = (
    "Bonjour, je suis gardien d'immeuble en CDI depuis 2015, logé par mon employeur avec ma femme et notre fils "
    "unique, Timéo. Nous voudrions l'inscrire au collège."
)
TWO_CHILDREN = (
    "Bonjour, j'ai deux enfants, Léo et Inès, qui vivent avec moi une semaine sur deux. Comment partager les "
    "allocations familiales avec leur père ?"
)
# d91-025 (train)
BOUGHT = (
    "Bonjour, nous avons acheté notre maison en 2016 à Auxerre. Nous voulons faire isoler les combles, quelles aides "
    "existent ?"
)
# d91-027 (train)
NO_AID = (
    "Bonjour, je ne touche aucune aide, ni RSA ni prime d'activité, seulement mon salaire de caissière. Mes amis me "
    "disent que j'y ai peut-être droit."
)
# d91-034 (train)
YEARLY = "Bonjour, mon revenu annuel est de 16 500 € nets. Je voudrais savoir si je peux demander un logement social."
# d91-041 (train)
SHOP = (
    "Bonjour, je travaille dans un supermarché et j'élève seule mes deux enfants. Je voudrais savoir si je peux avoir "
    "une aide pour les vacances."
)
SHARE = "Je vis en colocation à Rennes et je paie une part de loyer de 300 € par mois, le loyer total est de 900 €."
SHARE_ONLY = "Je suis en colocation avec deux amis et ma part du loyer est de 300 € par mois."
HALVED = "Le loyer est de 1 040 € et nous le partageons à deux avec mon colocataire."
BONUS = "Je touche la prime d'activité depuis janvier, environ 150 € par mois, en plus de mon salaire de serveur."


def test_one_child_is_no_writer_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vous avez un seul enfant.", ONLY_SON) != CONTRADICTED
    assert _verdict("Vous avez un seul enfant.", TWO_CHILDREN) == CONTRADICTED
    monkeypatch.setattr(resources, "ONE_CHILD_SAID", False)
    assert _verdict("Vous avez un seul enfant.", ONLY_SON) == CONTRADICTED  # the start code: « seul » read as alone


def test_a_home_bought_is_an_owners(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vous êtes locataire de votre maison.", BOUGHT) == CONTRADICTED
    assert _verdict("Vous êtes propriétaires de votre maison.", BOUGHT) == CONSISTENT
    assert _verdict("Vous êtes propriétaire.", "Nous voudrions acheter une maison à Auxerre.") != CONSISTENT
    monkeypatch.setattr(resources, "BOUGHT_HOME", False)
    assert _verdict("Vous êtes locataire de votre maison.", BOUGHT) == UNSUPPORTED


def test_the_prime_d_activite_is_a_benefit(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vous percevez déjà la prime d'activité.", BONUS) == CONSISTENT
    assert _verdict("Vous percevez la prime d'activité.", SHOP) == UNSUPPORTED
    assert _verdict("Vous percevez la prime d'activité.", NO_AID) == CONTRADICTED
    hoped = "Mon amie m'a dit que je pourrais avoir la prime d'activité, je suis vendeuse à mi-temps."
    assert _verdict("Vous percevez la prime d'activité.", hoped) == UNSUPPORTED  # a hope, not a benefit received
    assert _verdict("Vous percevez l'APL.", "Je touche déjà les APL pour mon studio.") == CONSISTENT
    monkeypatch.setattr(resources, "DENIED_BY_NI", False)
    assert (
        _verdict("Vous percevez la prime d'activité.", NO_AID) == UNSUPPORTED
    )  # the RSA after « ni » read as received
    monkeypatch.setattr(resources, "MORE_BENEFITS", False)
    assert _verdict("Vous percevez la prime d'activité.", NO_AID) == "none"


def test_a_share_of_the_rent_is_no_rent(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Votre loyer est de 900 € par mois.", SHARE) == CONSISTENT
    assert _verdict("Votre part du loyer est de 450 € par mois.", SHARE) == CONTRADICTED
    assert _verdict("Votre loyer s'élève à 900 € par mois.", SHARE_ONLY) != CONTRADICTED
    assert _verdict("Votre part du loyer est de 520 € par mois.", HALVED) == CONSISTENT
    assert _verdict("Votre part du loyer est de 340 € par mois.", HALVED) == CONTRADICTED
    monkeypatch.setattr(resources, "RENT_SHARE", False)
    assert _verdict("Votre loyer s'élève à 900 € par mois.", SHARE_ONLY) == CONTRADICTED


def test_salary_and_income_are_one_money(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vous gagnez 1 800 € nets par mois.", YEARLY) == CONTRADICTED
    assert _verdict("Vous gagnez 1 375 € nets par mois.", YEARLY) == CONSISTENT
    monkeypatch.setattr(resources, "EARNINGS_AS_ONE", False)
    assert _verdict("Vous gagnez 1 800 € nets par mois.", YEARLY) == "none"


def test_a_contract_not_given_leaves_the_sentence_open(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Vous êtes en CDI.", SHOP) == UNSUPPORTED
    assert _verdict("Vous êtes en CDI.", "Je suis en CDI dans un supermarché depuis 2019.") == CONSISTENT
    teacher = "Je suis professeure des écoles titulaire à Nancy et je voudrais changer de département."
    assert _verdict("Vous êtes fonctionnaire titulaire.", teacher) == CONSISTENT  # a tenure is the activity itself
    monkeypatch.setattr(resources, "CONTRACT_AS_DETAIL", False)
    assert _verdict("Vous êtes en CDI.", SHOP) == CONSISTENT


def test_a_contract_by_its_length_is_fixed_term(monkeypatch: pytest.MonkeyPatch) -> None:
    florist = "Je travaille chez une fleuriste depuis mars avec un contrat de huit mois, jusqu'en octobre."
    assert _verdict("Vous êtes en CDD chez une fleuriste.", florist) == CONSISTENT
    assert _verdict("Vous êtes en CDI chez une fleuriste.", florist) == CONTRADICTED
    assert _verdict("Vous êtes en CDD.", "On m'a proposé un contrat de six mois dans une crèche.") != CONSISTENT
    monkeypatch.setattr(resources, "FIXED_TERM_BY_LENGTH", False)
    assert _verdict("Vous êtes en CDI chez une fleuriste.", florist) != CONTRADICTED


def test_shipped_values() -> None:
    assert resources.ONE_CHILD_SAID and resources.BOUGHT_HOME and resources.MORE_BENEFITS
    assert resources.DENIED_BY_NI and resources.RENT_SHARE and resources.EARNINGS_AS_ONE
    assert resources.CONTRACT_AS_DETAIL and resources.FIXED_TERM_BY_LENGTH
