from django.urls import path

from guichet.inbox import views

urlpatterns = [
    path("", views.home, name="home"),
]
