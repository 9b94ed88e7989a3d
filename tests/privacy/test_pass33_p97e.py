"""Thirty-third pass, privacy (engineer-p97e; scams and bank fraud, batch p97e, hidden p93 and unseen p95): an IBAN
or an account's end cut by an ellipsis, an IBAN of a country the length table lacked, an American Express number, a
login, a name in quotes after "un certain"; firms named like a first name where the message speaks of their trade;
and the engine's context step skipped without changing a result. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy import brands
from guichet.privacy.analyzer import analyzer, detect
from guichet.privacy.pseudonymise import pseudonymise


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # an IBAN shortened by an ellipsis, as an app or a letter shows it
        ("Le virement est parti du compte FR76 …7730 sans mon accord.", ["7730"]),
        ("On m'a prélevé sur le FR76...3318 alors qu'il est clos.", ["3318"]),
        # an account's or a card's end after an ellipsis or stars
        ("Mon livret, celui qui se termine par …9051, a été débité.", ["9051"]),
        ("la carte finissant par ***6624 a servi à Madrid", ["6624"]),
        # an IBAN of a country the table of lengths lacked, its check digits wrong (a typo or a mule's account)
        (
            "Ils m'ont fait virer 900 € sur LT11 3250 0221 7845 6690, une banque en ligne.",
            ["LT11 3250 0221 7845 6690"],
        ),
        ("Remboursement demandé vers EE12 2200 2211 8800 4471 par le faux conseiller.", ["EE12 2200 2211 8800 4471"]),
        # a whole American Express number in its 4-6-5 groups (Luhn checked)
        ("Ma carte American Express 3714 496353 98431 a été débitée trois fois.", ["3714 496353 98431"]),
        # a login with an underscore or a digit after "login" or "nom d'utilisateur"
        ("Sur la plateforme, mon login : pauline_ferrand_bourse ne marche plus.", ["pauline_ferrand_bourse"]),
        ("Mon nom d'utilisateur est g.vasseur59 depuis l'ouverture.", ["g.vasseur59"]),
        # a name in quotes after "un certain", "une dénommée"
        ("Le faux plombier, un certain « Dylan », a encaissé 600 €.", ["Dylan"]),
        ('Une dénommée "Priscilla" m\'a appelée de la part de la banque.', ["Priscilla"]),
        # a birthplace in brackets after its label
        ("Ils avaient ma date de naissance et ma ville de naissance (Remiremont), tout.", ["Remiremont"]),
        # a home told by what it looks like and what stands near it, or a building with its article elided
        ("J'habite la maison aux volets bleus juste après le lavoir, sans numéro.", ["volets bleus", "lavoir"]),
        ("moi j habite l immeuble jaune en face de la poste de Vitré, 2e étage", ["immeuble jaune", "en face"]),
    ],
)
def test_bank_and_scam_details_are_masked(text: str, gone: list[str]) -> None:
    masked = pseudonymise(text).text
    for value in gone:
        assert value not in masked, masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a Luhn-invalid number in the American Express shape is not read as a card (it may be read as a number)
        ("Le dossier 3714 496353 98432 est en cours.", "IBAN"),
    ],
)
def test_an_invalid_card_number_is_no_card(text: str, kept: str) -> None:
    assert kept not in {span.type for span in detect(text)}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Depuis mars ma complémentaire santé, c'est chez Alan, mais la CPAM ne leur transmet rien.", "Alan"),
        ("Je lui ai remboursé 40 € par Lydia le soir même.", "Lydia"),
        ("J'ai acheté le frigo en trois fois avec Alma et le paiement a échoué.", "Alma"),
        ("J'ai ouvert un compte chez Max, et l'avance n'est jamais arrivée.", "Max"),
        ("Notre assureur, Luko, refuse le sinistre après le cambriolage.", "Luko"),
        ("J'ai retiré de l'argent au distributeur du Cora jeudi.", "Cora"),
    ],
)
def test_a_firm_named_like_a_first_name_stays_where_its_trade_is_spoken_of(text: str, firm: str) -> None:
    assert firm in pseudonymise(text).text


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the same first names as people: a title, a kin word, a surname, or no word of the trade
        ("Ma fille Alma a payé la cantine.", "Alma"),
        ("J'ai dormi chez Max samedi, il m'a prêté 50 €.", "Max"),
        ("J'ai envoyé 20 € par virement à Lydia Fournier.", "Lydia"),
        ("Ce matin Alan est passé à la maison pour le chauffage.", "Alan"),
    ],
)
def test_the_same_first_names_stay_persons_elsewhere(text: str, person: str) -> None:
    assert person not in pseudonymise(text).text


def test_first_name_firm_needs_the_trade_and_a_cue() -> None:
    text = "On est chez Alan pour la mutuelle."
    start = text.index("Alan")
    assert brands.first_name_firm(text, start, start + 4)
    other = "On est chez Alan pour le week-end."
    assert not brands.first_name_firm(other, other.index("Alan"), other.index("Alan") + 4)


def test_no_recogniser_uses_context_words_so_the_context_step_is_skipped() -> None:
    engine = analyzer()
    recognizers = engine.registry.get_recognizers(language="fr", all_fields=True)
    assert not any(recognizer.context for recognizer in recognizers)
    text = "Je suis Jeanne Roussel, IBAN FR76 3000 4018 2200 0128 7455 179, tél 06 41 87 22 90."
    skipped = engine.analyze(text=text, language="fr")
    # a context word given to the call makes the engine run Presidio's own step: the same results come back
    stepped = engine.analyze(text=text, language="fr", context=["banque"])
    assert [(r.entity_type, r.start, r.end, r.score) for r in skipped] == [
        (r.entity_type, r.start, r.end, r.score) for r in stepped
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Le formulaire demande le lieu de naissance (commune) du demandeur.",
        "J'habite la maison depuis vingt ans et je paie la taxe foncière.",
        "L'immeuble derrière la gare a été rénové par la ville.",
    ],
)
def test_labels_and_houses_without_a_place_stay(text: str) -> None:
    assert pseudonymise(text).text == text
