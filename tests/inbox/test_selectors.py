import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404

from guichet.inbox.selectors import administrations_for, drafts_for, message_get_for, messages_for, replies_for
from guichet.inbox.workflow import draft_add, reply_approve_and_send
from tests.accounts.factories import AdministrationFactory, MembershipFactory, member
from tests.inbox.factories import make_message

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    caf = AdministrationFactory(name="CAF test", slug="caf-test")
    prefecture = AdministrationFactory(name="Préfecture test", slug="prefecture-test")
    caf_agent, pref_agent = member(caf), member(prefecture)
    caf_message = make_message(caf, title="CAF")
    pref_message = make_message(prefecture, title="Préfecture")
    draft_add(message=caf_message, text="brouillon CAF")
    reply_approve_and_send(message=caf_message, actor=caf_agent, text="réponse CAF")
    return locals()


def test_agent_sees_only_own_administration(world):
    assert list(messages_for(world["caf_agent"])) == [world["caf_message"]]
    assert list(messages_for(world["pref_agent"])) == [world["pref_message"]]
    assert list(administrations_for(world["caf_agent"])) == [world["caf"]]


def test_message_of_other_administration_is_404(world):
    with pytest.raises(Http404):
        message_get_for(world["pref_agent"], world["caf_message"].pk)
    assert message_get_for(world["caf_agent"], world["caf_message"].pk) == world["caf_message"]


def test_drafts_and_replies_scoped(world):
    assert drafts_for(world["pref_agent"], message_id=world["caf_message"].pk).count() == 0
    assert drafts_for(world["caf_agent"], message_id=world["caf_message"].pk).count() == 1
    assert replies_for(world["pref_agent"]).count() == 0
    assert replies_for(world["caf_agent"]).count() == 1


def test_anonymous_and_inactive_membership_see_nothing(world):
    assert messages_for(AnonymousUser()).count() == 0
    membership = world["caf_agent"].memberships.get()
    membership.is_active = False
    membership.save()
    assert messages_for(world["caf_agent"]).count() == 0


def test_user_in_two_administrations_sees_both(world):
    MembershipFactory(user=world["caf_agent"], administration=world["prefecture"])
    assert {m.pk for m in messages_for(world["caf_agent"])} == {world["caf_message"].pk, world["pref_message"].pk}
    assert messages_for(world["caf_agent"], administration=world["prefecture"]).count() == 1
