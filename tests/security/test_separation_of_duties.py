"""Item 3 of issue 15: nobody grants themselves a role; every role change is audited; the demo admin is no
superuser; closing without a reply is for agents and supervisors, and says where the citizen was sent."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from guichet.accounts.demo import demo_accounts, demo_administrations
from guichet.accounts.enums import Cohort, Role
from guichet.accounts.models import Membership
from guichet.audit.models import AuditEvent
from guichet.inbox.enums import Status
from guichet.inbox.workflow import message_redirect
from tests.accounts.factories import AdministrationFactory, MembershipFactory, UserFactory, member
from tests.inbox.factories import make_message

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_admin():
    caf = AdministrationFactory()
    boss = UserFactory(username="chef", is_staff=True, is_superuser=True)
    own = MembershipFactory(user=boss, administration=caf, role=Role.ADMIN)
    client = Client()
    client.force_login(boss)
    return caf, boss, own, client


def _membership_post(membership: Membership, **changes) -> dict:
    data = {
        "user": membership.user_id,
        "administration": membership.administration_id,
        "office": "",
        "role": membership.role,
        "cohort": membership.cohort,
        "is_active": "on" if membership.is_active else "",
    }
    data.update(changes)
    return data


def test_a_superuser_cannot_make_himself_an_approver(superuser_admin):
    caf, boss, own, client = superuser_admin
    url = reverse("admin:accounts_membership_change", args=[own.pk])
    response = client.post(url, _membership_post(own, role=Role.AGENT))
    assert response.status_code == 403
    own.refresh_from_db()
    assert own.role == Role.ADMIN
    assert client.post(reverse("admin:accounts_membership_delete", args=[own.pk]), {"post": "yes"}).status_code == 403
    other = AdministrationFactory()
    add = client.post(
        reverse("admin:accounts_membership_add"),
        {"user": boss.pk, "administration": other.pk, "role": Role.AGENT, "cohort": Cohort.PILOT, "is_active": "on"},
    )
    assert add.status_code == 200 and "vos propres droits" in add.content.decode()
    assert not Membership.objects.filter(user=boss, administration=other).exists()


def test_changing_someone_else_s_role_is_audited(superuser_admin):
    caf, boss, _, client = superuser_admin
    agent = member(caf, role=Role.ADMIN)
    membership = Membership.objects.get(user=agent, administration=caf)
    url = reverse("admin:accounts_membership_change", args=[membership.pk])
    assert client.post(url, _membership_post(membership, role=Role.AGENT)).status_code == 302
    event = AuditEvent.objects.get(action="membership.changed")
    assert event.actor == boss and event.administration_id == caf.pk
    assert event.details["changes"]["role"] == [Role.ADMIN, Role.AGENT] and event.details["via"] == "admin"


def test_one_s_own_privilege_flags_are_read_only(superuser_admin):
    _, boss, _, client = superuser_admin
    other = UserFactory(username="collegue", is_staff=True)
    page = client.get(reverse("admin:auth_user_change", args=[boss.pk])).content.decode()
    assert 'name="is_superuser"' not in page
    assert 'name="is_superuser"' in client.get(reverse("admin:auth_user_change", args=[other.pk])).content.decode()
    data = {
        "username": "collegue",
        "first_name": "",
        "last_name": "",
        "email": "",
        "is_active": "on",
        "is_staff": "on",
        "is_superuser": "on",
        "last_login_0": "",
        "last_login_1": "",
        "date_joined_0": "2026-01-01",
        "date_joined_1": "00:00:00",
    }
    response = client.post(reverse("admin:auth_user_change", args=[other.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    event = AuditEvent.objects.get(action="account.privileges_changed")
    assert event.actor == boss and event.details["changes"]["is_superuser"] == [False, True]


def test_the_demo_admin_is_not_a_superuser():
    demo_administrations()
    demo_accounts()
    admin = get_user_model().objects.get(username="admin")
    assert not admin.is_superuser
    assert not admin.has_perm("inbox.change_cannedresponse")
    assert admin.has_perm("inbox.view_cannedresponse")
    assert not Membership.objects.approvers().filter(user=admin).exists()


def test_redirect_is_for_agents_and_supervisors_and_says_where():
    caf, other = AdministrationFactory(), AdministrationFactory()
    admin_role, agent = member(caf, role=Role.ADMIN), member(caf)
    message = make_message(caf)
    with pytest.raises(PermissionDenied):
        message_redirect(message=message, actor=admin_role, to_administration=other)
    with pytest.raises(ValidationError, match="orienté"):
        message_redirect(message=message, actor=agent, to_administration=None, note="  ")
    message_redirect(message=message, actor=agent, to_administration=other, note="Voir la CPAM")
    message.refresh_from_db()
    assert message.status == Status.REDIRECTED and message.redirected_to == other
    event = AuditEvent.objects.filter(action="message.transition", details__to=Status.REDIRECTED).get()
    assert event.details["redirected_to"] == other.name
