"""A planted string that the stored draft quotes from its cited fiche is reported apart from a leak."""

from guichet.drafting.evaluation import pii_in_draft

FICHE = "La mesure s'applique aux demandes déposées à partir du 1er juillet 2022 auprès de la caisse."


def test_a_date_the_fiche_also_states_is_quoted_not_leaked():
    draft = "Bonjour, la mesure s'applique aux demandes déposées à partir du 1er juillet 2022 [1]."
    assert pii_in_draft(["1er juillet", "Odile Ferrand"], draft, [FICHE]) == ([], ["1er juillet"])


def test_the_citizens_own_data_in_a_draft_stays_a_leak():
    draft = "Bonjour Odile Ferrand, votre demande du 3 mars est bien enregistrée."
    assert pii_in_draft(["3 mars", "Odile Ferrand"], draft, [FICHE]) == (["3 mars", "Odile Ferrand"], [])
    # Without sources nothing can be quoted: every planted string found is a leak.
    assert pii_in_draft(["1er juillet"], "Depuis le 1er juillet, c'est possible.", []) == (["1er juillet"], [])
