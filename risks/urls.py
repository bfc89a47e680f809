"""Public URLs of registers and plans, keyed by board, ahead of the page tree."""

from django.urls import path

from risks import views

app_name = "risks"

urlpatterns = [
    path("boards/<int:board_id>/risks/", views.register, name="register"),
    path("boards/<int:board_id>/risks/<int:pk>/", views.risk_detail, name="risk"),
    path("boards/<int:board_id>/plan/", views.plan, name="plan"),
    path("boards/<int:board_id>/plan/exceptions/", views.plan_exceptions, name="exceptions"),
    path("risks/<int:pk>/edit/", views.risk_edit, name="edit"),
    path("risks/<int:pk>/escalate/", views.risk_escalate, name="escalate"),
]
