"""Thirty-ninth pass, engineer-r62: names with two meanings read from their context (ATD, PAS, a benefit that is the
thing seized, the commissaire de justice, no bank willing to lend) and a benefit taken back as the letter says it."""

import pytest

from guichet.knowledge import vocabulary
from guichet.knowledge.query import understand
from guichet.knowledge.vocabulary import find


def _fiches(text: str) -> set[str]:
    return {fiche for found in find(text) for fiche in found.term.fiches}


def _expansions(text: str) -> list[str]:
    return [found.term.expansion for found in find(text)]


def test_atd_beside_a_tax_is_the_notice_to_a_third_party_holder():
    assert "F31716" in _fiches("Les impôts ont envoyé un ATD à ma banque pour ma taxe foncière de 2024.")


@pytest.mark.parametrize(
    "text",
    [
        "Licenciée pour motif économique, j'ai retrouvé un poste moins payé : ai-je droit à l'ATD ?",
        "Une bénévole d'ATD Quart Monde m'accompagne pour mes démarches.",
        "Je voudrais savoir où en est mon dossier, atd de vos nouvelles.",  # lower case: no acronym
    ],
)
def test_atd_elsewhere_is_not_the_seizure(text):
    assert "F31716" not in _fiches(text)


@pytest.mark.parametrize(
    "text",
    [
        "Je ne peux PAS payer cette facture ce mois-ci.",
        "C'est PAS normal d'attendre autant.",
        "Le PAS est-il un prêt ?",  # "le" reads the tax, but a loan is named: not the tax
    ],
)
def test_an_emphatic_pas_is_not_the_withholding_tax(text):
    assert "F34009" not in _fiches(text)


def test_the_withholding_tax_still_reads_after_a_determiner():
    assert "F34009" in _fiches("Mon employeur applique le PAS au taux neutre, est-ce normal ?")


def test_pas_beside_a_loan_is_the_social_home_ownership_loan():
    fiches = _fiches("Nous avons acheté notre pavillon avec un PAS et les échéances ont augmenté.")
    assert "F22158" in fiches and "F34009" not in fiches


def test_a_benefit_seized_is_asked_as_a_seizable_income_not_as_the_benefit():
    query = understand("Un huissier peut-il saisir ma prime d'activité ou mon RSA pour une vieille facture ?")
    pointed = {fiche for found in query.vocabulary for fiche in found.term.fiches}
    assert "F31185" in pointed
    assert not pointed & {"F19778", "F2882"}  # the RSA's and the prime d'activité's own fiches


def test_a_seized_account_with_the_benefit_on_it_keeps_its_own_reading():
    # the account's seizure is the solde bancaire insaisissable's (another entry), not the incomes' list
    assert "F31185" not in _fiches("La banque a saisi mon compte, mon RSA était dessus.")


def test_the_commissaire_de_justice_is_searched_as_the_huissier():
    assert "huissier de justice" in understand("Le commissaire de justice m'a laissé un avis de passage.").lexical()


def test_no_bank_willing_to_lend_is_the_microcredit_public_but_not_for_a_house():
    assert "F21375" in _fiches("Plus aucune banque ne veut me prêter pour réparer ma camionnette.")
    assert "F21375" not in _fiches("Aucune banque ne veut me prêter pour acheter un appartement.")


@pytest.mark.parametrize(
    "text",
    [
        "La Caf me réclame 1 500 € d'aide au logement pour l'an dernier.",
        "Je dois rembourser 900 euros de prime d'activité, est-ce normal ?",
        "Un indu de 700 € sur mes allocations, je ne comprends pas.",
    ],
)
def test_a_benefit_taken_back_points_to_the_overpayment_fiche(text):
    assert "F2269" in _fiches(text)


def test_france_travail_taking_back_its_allowance_is_its_own_overpayment():
    fiches = _fiches("France Travail me réclame 1 200 € d'allocations chômage après ma mission d'intérim.")
    assert "F31592" in fiches and "F2269" not in fiches


@pytest.mark.parametrize(
    "text",
    [
        "Mon employeur me réclame 400 € de trop-perçu sur mon salaire de mars.",  # a wage: F31441's
        "Pôle emploi me réclame mon attestation employeur.",  # a document, no sum
        "Au chômage depuis mai, les impôts me réclament 1 200 €.",  # a tax
    ],
)
def test_other_sums_asked_back_are_not_a_benefit_overpayment(text):
    assert not _fiches(text) & {"F2269", "F31592"}


def test_the_switches_turn_the_readings_off(monkeypatch):
    monkeypatch.setattr(vocabulary, "READ_TWO_SENSES", False)
    monkeypatch.setattr(vocabulary, "READ_OVERPAYMENTS", False)
    assert "F31716" not in _fiches("Le Trésor public a fait un ATD sur mon compte.")
    assert "F31592" not in _fiches("France Travail me réclame 1 200 € d'allocations chômage.")


def test_neighbours_told_by_where_they_live_make_the_noise_fiche():
    assert "F612" in _fiches("Ceux du dessous mettent la musique à fond tous les vendredis jusqu'à l'aube.")
    assert "F612" not in _fiches("Au-dessus de chez nous, un couple âgé très discret vient d'emménager.")


def test_a_neighbouring_building_about_to_fall_is_a_building_in_peril():
    assert "F16104" in _fiches("Le pignon de la grange d'à côté menace de s'effondrer sur notre terrasse.")


@pytest.mark.parametrize(
    "text",
    [
        "Je suis effondrée depuis la lettre de la banque.",  # the writer, no building
        "900 € de taxe foncière pour une maison qui tombe en ruine, c'est honteux.",
        "Une fuite du voisin du dessus et maintenant mon plafond s'effondre.",  # a leak: the water damage's
    ],
)
def test_other_falls_are_not_a_building_in_peril(text):
    assert "F16104" not in _fiches(text)
