from django.urls import path

from guichet.delivery import views

urlpatterns = [
    path("a/<slug:slug>/livraisons/", views.delivery_list, name="delivery_list"),
    path("a/<slug:slug>/livraisons/<int:pk>/relancer/", views.delivery_replay_view, name="delivery_replay"),
]
