"""Thirty-fourth pass (engineer-k1): `guichet.knowledge.vocabulary` split into a package, one module per ground.

The entries moved out of one 3,933-line module without a change: the package still exports every name it exported,
gathers every group in `VOCABULARY` in the order `find_every` reads them, and its switches still act.
"""

from guichet.knowledge import (
    anger_buried,
    bereavement_terms,
    career_end,
    consumer_disputes,
    crisis_terms,
    death_steps,
    debt_steps,
    disputes_retirement,
    energy_consumer,
    everyday_justice,
    family_law,
    family_told,
    job_loss,
    long_care,
    names_identity,
    office_terms,
    rented_home,
    self_employed,
    trade_terms,
    training,
    vehicles,
    vocabulary,
    wards,
    working_life,
    young_people,
)
from guichet.knowledge.vocabulary import (
    ABROAD_TERMS,
    FAMILY_TERMS,
    TAX_ASK,
    TAX_REACH,
    TAX_STATUS_TERMS,
    TAX_TERMS,
    VOCABULARY,
    Found,
    Term,
    abroad,
    acronym_words,
    child_support,
    couple_life,
    cover_lost,
    elsewhere,
    family,
    find,
    find_every,
    foreign_licence,
    health,
    longest,
    money,
    names,
    names_business,
    names_described,
    names_everyday,
    names_family,
    names_health_work,
    names_papers,
    names_slang,
    names_work,
    neighbours,
    old_age,
    online,
    other_side,
    overpayments,
    relation,
    rural,
    tax_status,
    taxes,
    two_senses,
)

# The groups in the order the single module listed them: its first names by theme, then the grounds added pass
# after pass, then the social offices' and young people's words, then the bereaved's.
GROUPS = (
    names_health_work.HEALTH_WORK_NAMES,
    names_business.BUSINESS_NAMES,
    names_family.FAMILY_HOUSING_NAMES,
    names_papers.PAPERS_NAMES,
    names_everyday.EVERYDAY_NAMES,
    names_described.DESCRIBED_NAMES,
    abroad.ABROAD_TERMS,
    rural.RURAL_TERMS,
    relation.RELATION_TERMS,
    money.MONEY_TERMS,
    old_age.OLD_AGE_TERMS,
    tax_status.TAX_STATUS_TERMS,
    other_side.OTHER_SIDE_TERMS,
    other_side.REGISTRATION_TERMS,
    health.HEALTH_TERMS,
    other_side.JOB_ACCIDENT_TERMS,
    online.ONLINE_TERMS,
    taxes.TAX_TERMS,
    family.FAMILY_TERMS,
    office_terms.OFFICE_TERMS,
    office_terms.YOUNG_TERMS,
    bereavement_terms.BEREAVEMENT_TERMS,
    names_slang.SLANG_NAMES,  # thirty-fifth pass, engineer-r51
    names_work.WORK_NAMES,  # thirty-sixth pass, engineer-r52
    crisis_terms.CRISIS_TERMS,  # thirty-sixth pass, engineer-r53
    couple_life.COUPLE_TERMS,  # thirty-seventh pass, engineer-r56
    acronym_words.ACRONYM_WORDS,  # thirty-eighth pass, engineer-r59
    two_senses.TWO_SENSES,  # thirty-ninth pass, engineer-r62
    overpayments.OVERPAYMENTS,  # thirty-ninth pass, engineer-r62
    neighbours.NEIGHBOUR_TERMS,  # thirty-ninth pass, engineer-r62
    cover_lost.COVER_TERMS,  # forty-first pass, engineer-r68
    cover_lost.REVERSION_TERMS,  # forty-first pass, engineer-r68
    elsewhere.ELSEWHERE_TERMS,  # forty-seventh pass, engineer-r80
    foreign_licence.FOREIGN_LICENCE_TERMS,  # forty-seventh pass, engineer-r81
    child_support.CHILD_SUPPORT_TERMS,  # forty-seventh pass, engineer-r81
    consumer_disputes.CONSUMER_TERMS,  # forty-eighth pass, engineer-r84
    debt_steps.DEBT_TERMS,  # forty-ninth pass, engineer-r85
    death_steps.DEATH_STEP_TERMS,  # forty-ninth pass, engineer-r86
    wards.WARD_TERMS,  # fiftieth pass, engineer-r88
    everyday_justice.JUSTICE_TERMS,  # fifty-first pass, engineer-r90
    self_employed.SELF_EMPLOYED_TERMS,  # fifty-first pass, engineer-r89
    job_loss.JOB_LOSS_TERMS,  # fifty-second pass, engineer-r91
    rented_home.RENTED_HOME_TERMS,  # fifty-second pass, engineer-r92
    family_law.FAMILY_LAW_TERMS,  # fifty-second pass, engineer-r93
    energy_consumer.ENERGY_CONSUMER_TERMS,  # fifty-third pass, engineer-r95
    names_identity.NAMES_IDENTITY_TERMS,  # fifty-third pass, engineer-r94
    long_care.LONG_CARE_TERMS,  # fifty-third pass, engineer-r96
    anger_buried.ANGER_BURIED_TERMS,  # fifty-third pass, engineer-r97
    career_end.CAREER_END_TERMS,  # fifty-fourth pass, engineer-r99
    young_people.YOUNG_PEOPLE_TERMS,  # fifty-fourth pass, engineer-r100
    training.TRAINING_TERMS,  # fifty-fourth pass, engineer-r98
    working_life.WORKING_LIFE_TERMS,  # fifty-fifth pass, engineer-r102
    vehicles.VEHICLE_TERMS,  # fifty-fifth pass, engineer-r103
    family_told.FAMILY_TOLD_TERMS,  # fifty-sixth pass, engineer-r105
    disputes_retirement.DISPUTES_RETIREMENT_TERMS,  # fifty-seventh pass, engineer-r106
    trade_terms.TRADE_TERMS,  # fifty-eighth pass, engineer-r109
)


def _group_of(term: Term) -> int:
    return next(index for index, group in enumerate(GROUPS) if term in group)


def test_the_vocabulary_is_its_groups_end_to_end_in_order():
    assert VOCABULARY == tuple(term for group in GROUPS for term in group)
    assert len(VOCABULARY) > 400
    assert all(group for group in GROUPS)


def test_the_package_reexports_the_groups_it_gathers():
    assert vocabulary.ABROAD_TERMS is ABROAD_TERMS is abroad.ABROAD_TERMS
    assert vocabulary.TAX_TERMS is taxes.TAX_TERMS
    assert vocabulary.FAMILY_TERMS is family.FAMILY_TERMS
    assert vocabulary.TAX_STATUS_TERMS is TAX_STATUS_TERMS is tax_status.TAX_STATUS_TERMS
    assert (TAX_ASK, TAX_REACH) == (tax_status.TAX_ASK, tax_status.TAX_REACH)
    assert vocabulary.OFFICE_TERMS is office_terms.OFFICE_TERMS
    for name in vocabulary.__all__:
        assert hasattr(vocabulary, name), name


def test_a_fresh_message_finds_the_entries_of_several_modules_in_vocabulary_order():
    message = (
        "Bonjour, je rentre en France après douze ans au Québec et je ne sais pas comment retrouver la sécu. "
        "On m'a aussi versé une indemnité de rupture conventionnelle avant le départ : est-elle imposable ?"
    )
    found = find_every(message)
    fiches = [one.term.fiches for one in found]
    assert ("F32824",) in fiches  # abroad: a return to France and health cover
    assert ("F408",) in fiches  # tax status: a severance payment, asked if taxable
    groups = [_group_of(one.term) for one in found]
    assert groups == sorted(groups)
    assert {GROUPS[index] is ABROAD_TERMS for index in groups} == {True, False}


def test_each_ground_still_reads_its_own_fresh_sentence():
    cases = {
        "Peut-on avoir la C2S quand on touche juste le minimum vieillesse ?": names_health_work.HEALTH_WORK_NAMES,
        "Nous cherchons une place en crèche pour notre fils de huit mois.": FAMILY_TERMS,
        "Cette année je préfère mes frais réels plutôt que les 10 %, j'ai 70 km de trajet par jour.": TAX_TERMS,
    }
    for message, group in cases.items():
        assert any(one.term in group for one in find(message)), message


def test_the_switches_set_on_the_package_still_act(monkeypatch):
    message = "Cette année je préfère mes frais réels plutôt que les 10 %, j'ai 70 km de trajet par jour."
    assert any(one.term in TAX_TERMS for one in find_every(message))
    monkeypatch.setattr(vocabulary, "READ_TAX_TERMS", False)
    assert not any(one.term in TAX_TERMS for one in find_every(message))
    nursery = "Nous cherchons une place en crèche pour notre fils de huit mois."
    monkeypatch.setattr(vocabulary, "READ_FAMILY_TERMS", False)
    assert not any(one.term in FAMILY_TERMS for one in find_every(nursery))


def test_longest_and_names_read_the_moved_entries():
    found = find_every("Ma mutuelle pas chère, c'est possible avec un petit salaire ?")
    kept = longest(found)
    assert kept and all(isinstance(one, Found) for one in kept)
    assert [one.text for one in kept] == ["mutuelle pas chere"]
    css = next(term for term in VOCABULARY if term.fiches == ("F10027",))
    assert names(css, "Complémentaire santé solidaire (ex-CMU-C)")
