"""The asked check, thirty-ninth pass (engineer-d50): a yes against the passage's own threshold, an absolute no
source gives, and faithful sentences it flagged (fresh examples, not from the corpora)."""

from guichet.drafting.asked import find_asked


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return bool(find_asked(sentence, message, [passage]))


# A ceiling of resources the writer's own figure passes.
_CEILING = "Le chèque énergie est attribué si le revenu fiscal de référence ne dépasse pas 11 000 € par part."


def test_a_yes_beside_a_ceiling_the_writers_figure_passes_is_flagged() -> None:
    message = (
        "Bonsoir, je vis seul, mon revenu fiscal de référence est de 12 800 €. Vais-je recevoir le chèque énergie ?"
    )
    assert _flagged("Oui, vous recevrez le chèque énergie cette année.", message, _CEILING)


def test_the_same_ceiling_weighed_against_the_writers_figure_passes() -> None:
    message = (
        "Bonsoir, je vis seul, mon revenu fiscal de référence est de 9 400 €. Vais-je recevoir le chèque énergie ?"
    )
    sentence = "Avec 9 400 €, votre revenu fiscal de référence reste sous le plafond de 11 000 € par part."
    assert not _flagged(sentence, message, _CEILING)


def test_a_surface_under_the_passages_floor_flags_a_right() -> None:
    message = "Ma chambre fait 7 m² dans une colocation à Brest. Puis-je demander une aide au logement ?"
    passage = "Le logement doit avoir une surface d'au moins 9 m² pour une personne seule pour ouvrir droit à l'aide."
    assert _flagged("Votre chambre vous ouvre droit à l'aide au logement.", message, passage)


def test_a_first_day_beside_a_passage_that_starts_later_is_flagged() -> None:
    message = "Je suis en arrêt depuis lundi. Est-ce que la caisse me paiera dès le premier jour ?"
    passage = "L'indemnité est versée à partir du 8e jour d'arrêt ; les 7 premiers jours ne sont pas indemnisés."
    assert _flagged("Vous serez indemnisé dès le premier jour de votre arrêt.", message, passage)
    assert not _flagged("L'indemnité vous sera versée à partir du 8e jour de votre arrêt.", message, passage)


def test_a_household_ceiling_is_crossed_by_the_earnings_of_two() -> None:
    message = (
        "Nous sommes pacsés, je gagne 1 500 € et mon conjoint touche 1 300 € par mois. "
        "Notre foyer peut-il avoir la prime ?"
    )
    passage = "La prime n'est plus versée au-delà de 2 400 € de ressources mensuelles du foyer."
    assert _flagged("Vos revenus restent compatibles avec la prime.", message, passage)


def test_a_delay_the_writer_has_passed_flags_a_yes() -> None:
    message = "J'ai déménagé il y a 9 mois avec mes trois enfants. Est-ce que je peux encore demander l'aide ?"
    passage = "La demande d'aide doit être faite dans les 6 mois qui suivent le déménagement."
    assert _flagged("Oui, vous pouvez encore faire la demande d'aide.", message, passage)


def test_none_said_where_the_passage_names_none_is_flagged() -> None:
    message = "Je rentre du Chili sans mutuelle. Est-ce qu'il y a une franchise avant d'être remboursé ?"
    passage = "À votre retour, demandez votre affiliation à la caisse primaire de votre domicile."
    assert _flagged("Aucune franchise ne sera appliquée à vos remboursements.", message, passage)


def test_none_that_the_passage_says_with_a_negation_passes() -> None:
    message = "Ma fille aura 16 ans en mai. Est-ce que je dois faire une démarche pour sa carte Vitale ?"
    passage = "À 16 ans, la carte Vitale est envoyée automatiquement : il n'y a pas de démarche à faire."
    assert not _flagged("Vous n'avez aucune démarche à faire pour la carte Vitale de votre fille.", message, passage)


def test_all_paid_beside_a_passage_that_pays_a_part_is_flagged() -> None:
    message = "Mes lunettes coûtent 480 €. Est-ce que la caisse rembourse tout ?"
    passage = "Les lunettes sont remboursées sur la base d'un tarif fixé ; une partie reste à la charge de l'assuré."
    assert _flagged("La caisse prendra en charge la totalité du prix de vos lunettes.", message, passage)


def test_until_when_is_a_question_word_not_an_answer_word() -> None:
    message = "Je commence mon alternance en octobre. Jusqu'à quand je peux demander l'aide ?"
    passage = "La demande doit être faite au plus tard 3 mois après le début du contrat."
    assert not _flagged(
        "Votre demande pourra être faite jusqu'à trois mois après le début de votre contrat.", message, passage
    )


def test_the_story_before_a_short_last_question_is_told() -> None:
    message = "mon rfr est de 18 000 €, je vis seule, à Lyon, je peux demander un logement social ?"
    passage = "Pour une personne seule à Lyon, le revenu fiscal de référence ne doit pas dépasser 24 000 €."
    sentence = "Votre revenu fiscal de référence de 18 000 € est inférieur au plafond de 24 000 € fixé pour Lyon."
    assert not _flagged(sentence, message, passage)


def test_a_verb_that_only_names_a_thing_echoes_no_question() -> None:
    message = "Je suis arrivée du Brésil en mars avec mon permis brésilien. Combien de temps je peux conduire avec ?"
    passage = "Un permis non européen est reconnu pendant un an après l'installation en France."
    assert not _flagged("Vous êtes arrivée en mars avec un permis de conduire brésilien.", message, passage)


def test_what_two_sums_of_the_message_add_up_to_is_told() -> None:
    message = "Je touche 900 € de pension et 350 € de rente. Est-ce trop pour l'aide ?"
    assert not _flagged("Vos deux revenus font 1 250 € par mois.", message, "")


def test_you_can_benefit_beside_an_age_ceiling_the_writer_passes_is_flagged() -> None:
    message = (
        "J'ai 32 ans et je suis en alternance dans une boulangerie. L'aide au loyer des alternants, c'est pour moi ?"
    )
    passage = "L'aide au loyer s'adresse aux alternants de moins de 30 ans."
    assert _flagged("Vous pouvez bénéficier de l'aide au loyer des alternants.", message, passage)
    assert not _flagged("Vous nous demandez si vous pouvez bénéficier de l'aide au loyer.", message, passage)


def test_an_age_over_a_range_flags_a_yes_and_an_age_inside_it_does_not() -> None:
    passage = (
        "Le contrat d'engagement jeune s'adresse aux jeunes âgés de 18 à 25 ans qui ne sont ni en études ni en emploi."
    )
    sentence = "Votre situation vous permet de signer un contrat d'engagement jeune."
    for age, flagged in ((27, True), (22, False)):
        message = (
            f"J'ai {age} ans et je n'ai plus d'emploi depuis juin. Le contrat d'engagement jeune, c'est possible ?"
        )
        assert _flagged(sentence, message, passage) is flagged
