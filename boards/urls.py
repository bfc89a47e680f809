"""Addresses of calendar feeds, RSS/Atom feeds and email subscriptions."""

from django.urls import path

from boards import syndication, views

app_name = "boards"

urlpatterns = [
    path("calendar/", views.calendars_page, name="calendars"),
    path("calendar/meetings.ics", views.all_meetings_feed, name="feed-all"),
    path("calendar/boards/<int:board_id>.ics", views.board_feed, name="feed-board"),
    path(
        "calendar/boards/<int:board_id>/with-sub-boards.ics",
        views.board_tree_feed,
        name="feed-board-tree",
    ),
    path("calendar/meetings/<int:meeting_id>.ics", views.meeting_ics, name="feed-meeting"),
    path("calendar/personal/<str:token>.ics", views.personal_feed, name="feed-personal"),
    path("calendar/personal/regenerate/", views.regenerate_token, name="regenerate-token"),
    path("feeds/latest.rss", syndication.SitePublicationsRss(), name="rss-all"),
    path("feeds/latest.atom", syndication.SitePublicationsAtom(), name="atom-all"),
    path("feeds/boards/<int:board_id>.rss", syndication.BoardPublicationsRss(), name="rss-board"),
    path(
        "feeds/boards/<int:board_id>.atom", syndication.BoardPublicationsAtom(), name="atom-board"
    ),
    path("subscribe/<int:board_id>/", views.subscribe_view, name="subscribe"),
    path("subscribe/confirm/<str:token>/", views.confirm_subscription, name="subscription-confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe_view, name="unsubscribe"),
]
