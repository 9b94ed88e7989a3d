"""The asked check, fortieth pass (engineer-d52): a sentence in the passage's own words with the opposite meaning,
and a rule said without the exception the writer is in (`guichet.drafting.asked_opposites`; fresh examples, not
from the corpora)."""

from guichet.drafting.asked import find_asked
from guichet.drafting.asked_opposites import Opposites
from guichet.text import fold


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return bool(find_asked(sentence, message, [passage]))


_KITES = (
    "Le vol de cerfs-volants est interdit sur la plage pendant la saison balnéaire, même lorsque la plage est vide."
)
_KITE_ASKED = "Est-ce que je peux faire voler mon cerf-volant sur la plage en juillet quand il n'y a personne ?"


def test_allowed_in_the_passages_words_beside_forbidden_is_flagged() -> None:
    sentence = (
        "Le vol de cerfs-volants est autorisé sur la plage pendant la saison balnéaire lorsque la plage est vide."
    )
    assert _flagged(sentence, _KITE_ASKED, _KITES)


def test_forbidden_said_again_in_other_words_passes() -> None:
    sentence = (
        "Non : le vol de cerfs-volants sur la plage reste interdit pendant la saison balnéaire, même sans baigneurs."
    )
    assert not _flagged(sentence, _KITE_ASKED, _KITES)


_BONFIRE = "La personne qui allume un feu de broussailles en forêt peut être punie d'une amende de 135 €."
_BONFIRE_ASKED = "Je voudrais allumer un feu de broussailles en forêt derrière mon chalet, je risque quoi ?"


def test_a_sanction_denied_beside_the_passages_fine_is_flagged() -> None:
    sentence = "Vous pouvez allumer un feu de broussailles en forêt sans risquer d'amende."
    assert _flagged(sentence, _BONFIRE_ASKED, _BONFIRE)


def test_the_passages_fine_said_to_the_writer_passes() -> None:
    sentence = "Vous pouvez être puni d'une amende de 135 € si vous allumez un feu de broussailles en forêt."
    assert not _flagged(sentence, _BONFIRE_ASKED, _BONFIRE)


_GUESTS = (
    "Une chambre d'hôtes n'est pas soumise à l'enregistrement en mairie lorsque le propriétaire y loue moins de "
    "trois nuits par an."
)
_GUESTS_ASKED = "Je loue ma chambre d'amis deux nuits par an à des randonneurs, dois-je l'enregistrer en mairie ?"


def test_a_bare_statement_with_its_negation_dropped_is_flagged() -> None:
    sentence = "Une chambre d'hôtes est soumise à l'enregistrement en mairie lorsque le propriétaire loue deux nuits."
    assert _flagged(sentence, _GUESTS_ASKED, _GUESTS)


_NIGHT = "Le stationnement sur la place du marché est gratuit la nuit, même lorsque le marché a lieu le lendemain."
_NIGHT_ASKED = "Ma voiture peut-elle dormir sur la place du marché la veille du marché sans payer ?"


def test_a_restriction_beside_the_passages_concession_is_flagged() -> None:
    sentence = (
        "Le stationnement sur la place du marché n'est gratuit la nuit que si le marché n'a pas lieu le lendemain."
    )
    assert _flagged(sentence, _NIGHT_ASKED, _NIGHT)


def test_the_passages_concession_kept_passes() -> None:
    sentence = "Le stationnement sur la place du marché reste gratuit la nuit, même si le marché a lieu le lendemain."
    assert not _flagged(sentence, _NIGHT_ASKED, _NIGHT)


_HIVES = "Une déclaration en préfecture est exigée quand vous installez plus de 10 ruches sur votre terrain."
_HIVES_ASKED = "J'ai 6 ruches au fond du jardin, faut-il les déclarer en préfecture ?"


def test_a_threshold_turned_round_with_the_passages_consequence_is_flagged() -> None:
    sentence = "Une déclaration en préfecture est exigée dès que vous installez moins de 10 ruches sur votre terrain."
    assert _flagged(sentence, _HIVES_ASKED, _HIVES)


def test_the_other_side_of_the_threshold_with_the_opposite_consequence_passes() -> None:
    sentence = "Avec moins de 10 ruches sur votre terrain, la déclaration en préfecture n'est pas exigée."
    assert not _flagged(sentence, _HIVES_ASKED, _HIVES)


_DUNES = "Il est interdit de circuler à vélo sur les dunes pendant la période du 1er mars au 31 août."
_DUNES_ASKED = "Avec mes enfants, on aimerait faire du vélo sur les dunes. Est-ce possible ?"


def test_allowed_inside_the_passages_period_is_flagged() -> None:
    sentence = "En avril, il est permis de circuler à vélo sur les dunes avec vos enfants."
    assert _flagged(sentence, _DUNES_ASKED, _DUNES)


def test_allowed_outside_the_passages_period_passes() -> None:
    sentence = "En octobre, il est permis de circuler à vélo sur les dunes avec vos enfants."
    assert not _flagged(sentence, _DUNES_ASKED, _DUNES)


_SHED = (
    "Il n'est pas nécessaire de déposer une demande pour repeindre vos volets, sauf si la maison se trouve dans "
    "le périmètre d'un site classé ou aux abords d'un monument historique."
)


def test_a_rule_without_the_exception_the_writer_tells_is_flagged() -> None:
    message = (
        "Ma maison est en face du château, classé monument historique. "
        "Faut-il déposer une demande pour repeindre mes volets en bleu ?"
    )
    sentence = "Il n'est pas nécessaire de déposer une demande pour repeindre vos volets en bleu."
    assert _flagged(sentence, message, _SHED)


def test_the_same_rule_to_a_writer_outside_the_exception_passes() -> None:
    message = (
        "J'habite un lotissement récent à Nogent. Faut-il déposer une demande pour repeindre mes volets en bleu ?"
    )
    sentence = "Il n'est pas nécessaire de déposer une demande pour repeindre vos volets en bleu."
    assert not _flagged(sentence, message, _SHED)


def test_a_sentence_that_weighs_the_exception_passes() -> None:
    message = "Ma maison est loin de tout site classé et de tout monument historique. Je peux repeindre mes volets ?"
    sentence = (
        "Votre maison n'étant ni dans un site classé ni aux abords d'un monument historique, il n'est pas nécessaire "
        "de déposer une demande pour repeindre vos volets."
    )
    assert not _flagged(sentence, message, _SHED)


def test_both_signs_of_the_passage_said_in_another_order_pass() -> None:
    passage = (
        "Vous pouvez demander au syndic de faire élaguer le tilleul de la cour, mais vous n'avez pas le droit de "
        "l'élaguer vous-même."
    )
    message = "Le tilleul de la cour cache ma fenêtre, je peux l'élaguer moi-même ?"
    sentence = (
        "Vous n'avez pas le droit d'élaguer vous-même le tilleul de la cour, mais vous pouvez le demander au syndic."
    )
    assert not _flagged(sentence, message, passage)


def test_the_writers_question_reported_in_the_passages_words_passes() -> None:
    sentence = "Vous nous demandez si le vol de cerfs-volants est autorisé sur la plage pendant la saison balnéaire."
    assert not _flagged(sentence, _KITE_ASKED, _KITES)


_STALL_ASKED = "Comment obtenir une place fixe au marché couvert de ma ville pour vendre mes olives ?"
_STALL = "La demande d'un emplacement fixe dans une halle doit être déposée auprès de la commune."


def test_where_to_send_the_request_is_a_step() -> None:
    sentence = "Pour obtenir une place fixe, adressez votre demande au placier ou à la régie des marchés."
    assert not _flagged(sentence, _STALL_ASKED, _STALL)


def test_a_request_said_sent_in_answer_to_where_it_stands_is_still_flagged() -> None:
    message = "J'ai demandé une place fixe au marché couvert en mars. Ma demande a-t-elle été transmise au placier ?"
    assert _flagged("La commune a transmis votre demande au placier du marché couvert.", message, _STALL)


_RESIDENT = (
    "Vous pouvez demander la vignette de stationnement résidentiel si votre voiture est immatriculée à votre adresse."
)
_RESIDENT_ASKED = (
    "Ma voiture est au nom de ma mère, à Tours, et j'habite Blois. Puis-je avoir la vignette résidentielle ?"
)


def test_a_no_in_the_passages_words_beside_its_yes_is_flagged() -> None:
    sentence = "Vous ne pouvez pas demander la vignette de stationnement résidentiel pour votre voiture."
    assert _flagged(sentence, _RESIDENT_ASKED, _RESIDENT)


def test_a_no_with_the_writers_reason_outside_the_passages_condition_passes() -> None:
    sentence = (
        "Vous ne pouvez pas demander la vignette de stationnement résidentiel, car votre voiture est immatriculée "
        "à l'adresse de votre mère."
    )
    assert not _flagged(sentence, _RESIDENT_ASKED, _RESIDENT)


_APPEAL = "Il est possible de contester l'amende forfaitaire dans un délai de 45 jours."
_APPEAL_ASKED = "J'ai reçu une amende forfaitaire pour ma remorque garée sur le trottoir, je peux la contester ?"


def test_a_short_no_wholly_in_the_passages_words_is_read_as_its_opposite() -> None:
    opposites = Opposites([fold(_APPEAL)])
    assert opposites.opposite(fold("Il n'est pas possible de contester votre amende."))


def test_a_fine_named_as_what_is_contested_is_no_sanction() -> None:
    opposites = Opposites([fold("Vous pouvez contester l'avis de contravention en ligne sur le site de l'ANTAI.")])
    assert not opposites.opposite(fold("Vous pouvez contester l'amende en ligne sur le site de l'ANTAI."))
    sentence = "Vous pouvez contester votre amende forfaitaire dans un délai de 45 jours."
    assert not _flagged(sentence, _APPEAL_ASKED, _APPEAL)
