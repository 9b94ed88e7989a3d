from django.urls import path

from guichet.inbox.views import actions, canned, home, inbox, message, pii, regenerate, triage

urlpatterns = [
    path("", home.home, name="home"),
    path("a/<slug:slug>/", inbox.inbox, name="inbox"),
    path("a/<slug:slug>/suivant/", inbox.inbox_next, name="inbox_next"),
    path("a/<slug:slug>/modeles/", canned.canned_list, name="canned_list"),
    path("a/<slug:slug>/modeles/nouveau/", canned.canned_edit, name="canned_create"),
    path("a/<slug:slug>/modeles/<int:canned_id>/", canned.canned_edit, name="canned_edit"),
    path("messages/<int:pk>/", message.message_detail, name="message"),
    path("messages/<int:pk>/historique/", message.message_history, name="message_history"),
    path("messages/<int:pk>/prendre/", message.message_take, name="message_take"),
    path("messages/<int:pk>/brouillon/", actions.draft_save, name="draft_save"),
    path("messages/<int:pk>/brouillon/ecarter/", actions.draft_discard, name="draft_discard"),
    path("messages/<int:pk>/brouillon/regenerer/", regenerate.draft_regenerate, name="draft_regenerate"),
    path("messages/<int:pk>/brouillon/modele/", actions.canned_insert, name="canned_insert"),
    path("messages/<int:pk>/envoyer/", actions.reply_send, name="reply_send"),
    path("messages/<int:pk>/avis/", actions.feedback_complete, name="feedback_complete"),
    path("messages/<int:pk>/reorienter/", actions.message_redirect, name="message_redirect"),
    path("messages/<int:pk>/escalader/", actions.message_escalate, name="message_escalate"),
    path("messages/<int:pk>/tri/", triage.triage_correct, name="triage_correct"),
    path("messages/<int:pk>/donnees-personnelles/", pii.pii_mark, name="pii_mark"),
]

# Every URL that acts on one message: tests check that another administration's agent gets 404/403 on each.
MESSAGE_ACTION_NAMES = [
    "message_take",
    "draft_save",
    "draft_discard",
    "draft_regenerate",
    "canned_insert",
    "reply_send",
    "feedback_complete",
    "message_redirect",
    "message_escalate",
    "triage_correct",
    "pii_mark",
]
