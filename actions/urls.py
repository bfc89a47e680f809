"""Routes for action pages and emailed update links."""

from django.urls import path

from actions import views

app_name = "actions"

urlpatterns = [
    path("<int:pk>/", views.action_detail, name="detail"),
    path("update/<str:token>/", views.action_link, name="link"),
]
