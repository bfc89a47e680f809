"""Named filters for papers: what the public may list, what a given user may read."""

from __future__ import annotations

from home.visibility import PublicPageQuerySet


class PaperQuerySet(PublicPageQuerySet):
    """Papers as listings and search see them."""

    def visible(self) -> PaperQuerySet:
        """Published, open papers: what anonymous visitors may list or find."""
        return self.live().public().filter(exempt=False)

    def readable_by(self, user) -> PaperQuerySet:
        """Published papers a user may read: open ones, plus exempt ones of boards they serve."""
        from papers.access import boards_with_exempt_access

        live = self.live()
        if getattr(user, "is_superuser", False):
            return live
        board_ids = boards_with_exempt_access(user)
        return live.filter(exempt=False).public() | live.filter(exempt=True, board_id__in=board_ids)
