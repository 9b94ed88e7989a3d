"""The asked check (`guichet.drafting.asked`), thirty-eighth pass, engineer-d48: sourced sentences that say the
passage in other words are no longer flagged (families of words, a few phrases, durations and the end of the year,
"au plus tard"); a promise behind a step of the writer's, a ceiling given as the amount, the writer's hope or plan
given back as a result are.

Examples written for these tests, in other words than the corpus `corpora/asked/`.
"""

from guichet.drafting.asked import find_asked, split_message


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return [claim.sentence for claim in find_asked(sentence, message, [passage])] == [sentence]


def test_pass38_d48_a_family_of_words_is_one_word() -> None:
    message = "Bonjour, je vis désormais chez ma fille. Est-ce que je peux garder l'exonération pour la maison ?"
    passage = (
        "Si vous résidez chez un proche, votre ancienne résidence principale reste exonérée, à condition qu'elle ne "
        "soit pas occupée par un tiers."
    )
    sentence = "Votre ancien logement reste exonéré tant que personne d'autre n'y habite."
    assert not _flagged(sentence, message, passage)
    # the same words and a result nobody gave
    assert _flagged("Votre ancien logement est exonéré jusqu'en 2030 et vous serez remboursée.", message, passage)


def test_pass38_d48_struck_off_is_one_thing() -> None:
    message = "Bonjour, je suis inscrit à Lille maintenant, mon nom restera sur la liste de Brest ?"
    passage = "Vous êtes radié automatiquement de la liste électorale de votre ancienne commune, sans démarche."
    assert not _flagged("Votre nom sera rayé automatiquement de la liste de Brest.", message, passage)


def test_pass38_d48_a_duration_said_in_weeks_or_days_is_no_new_figure() -> None:
    message = "Bonjour, j'ai signé mon contrat d'engagement. Je dois voir ma conseillère souvent ?"
    passage = "Le bénéficiaire rencontre son conseiller toutes les deux semaines pendant les trois premiers mois."
    sentence = "Vous rencontrerez votre conseillère tous les 14 jours pendant les trois premiers mois."
    assert not _flagged(sentence, message, passage)
    other = "Vous rencontrerez votre conseillère tous les 10 jours pendant les trois premiers mois."
    assert _flagged(other, message, passage)


def test_pass38_d48_the_end_of_the_year_is_december() -> None:
    message = "Bonjour, mon garage est vide depuis mars. Je peux encore demander une remise sur la taxe ?"
    passage = "La réclamation doit être déposée avant le 31 décembre de l'année qui suit celle de la vacance."
    sentence = "Vous avez jusqu'à la fin de l'année suivante pour déposer votre réclamation."
    assert not _flagged(sentence, message, passage)


def test_pass38_d48_at_the_latest_answers_no_too_late() -> None:
    message = "Ma fille est née samedi, j'ai pas encore été à la mairie, c'est trop tard ?"
    passage = "La déclaration de naissance est faite dans les 5 jours qui suivent l'accouchement."
    sentence = "La naissance se déclare à la mairie au plus tard cinq jours après l'accouchement."
    assert not _flagged(sentence, message, passage)


def test_pass38_d48_a_promise_behind_a_step_of_the_writers_is_flagged() -> None:
    message = "Bonjour, on a eu un dégât des eaux en mai. Est-ce qu'on paie quand même la taxe foncière ?"
    passage = "La taxe foncière est due par le propriétaire au 1er janvier pour l'année entière."
    sentence = "Si vous nous transmettez la déclaration de sinistre, votre taxe foncière sera remboursée."
    assert _flagged(sentence, message, passage)
    # a condition that is the state of the case asked about still sets the sentence apart
    message = "Bonjour, je voudrais savoir si ma demande de remise a été reçue."
    assert not _flagged("Si votre demande a été reçue, vous recevrez une réponse écrite.", message, passage)


def test_pass38_d48_a_ceiling_given_as_the_amount_is_flagged() -> None:
    message = "Bonjour, nous avons deux enfants et nous partons en vacances en juillet. Combien la Caf va nous aider ?"
    passage = "L'aide aux vacances familiales peut atteindre 400 € par famille, selon le quotient familial."
    assert _flagged("Vous recevrez une aide de 400 € pour vos vacances de juillet.", message, passage)
    assert not _flagged("Votre aide pourra atteindre 400 €, selon votre quotient familial.", message, passage)
    # the upper end of a range, with a condition before it
    passage = "Le conseil municipal peut fixer une majoration de 10 % à 50 % de la part communale."
    message = "Bonjour, ma maison de vacances à Vannes va-t-elle être majorée ?"
    assert _flagged("Si Vannes applique la majoration, votre cotisation sera augmentée de 50 %.", message, passage)


def test_pass38_d48_the_writers_hope_given_back_is_flagged() -> None:
    message = (
        "Bonjour, j'ai rendu mon dossier de bourse avec huit jours de retard. J'espère qu'il sera quand même étudié."
    )
    asked, _ = split_message(message)
    assert any("étudié" in part for part in asked)
    passage = "Le dossier de demande de bourse doit être déposé avant le 15 mai."
    assert _flagged("Votre dossier sera étudié malgré son retard.", message, passage)
    assert not _flagged("Vous espérez que votre dossier sera étudié malgré ce retard.", message, passage)


def test_pass38_d48_the_writers_plan_sets_no_condition() -> None:
    message = "Bonjour, je touche l'allocation de solidarité. Si je prends des heures de ménage, je la garde toute ?"
    passage = "Vous pouvez cumuler l'ASS avec un revenu d'activité pendant une durée limitée, selon vos revenus."
    assert _flagged("Si vous prenez ces heures de ménage, vous garderez toute votre allocation.", message, passage)


def test_pass38_d48_a_pointer_to_who_knows_is_guidance() -> None:
    message = "Bonjour, la banque veut un document de la Caf pour mon prêt, lequel ?"
    assert not _flagged("Votre banque pourra vous indiquer le document qu'elle attend.", message)
