"""Named filters for papers: what the public may list, what a given user may read."""

from __future__ import annotations

from home.visibility import PublicPageQuerySet


class PaperQuerySet(PublicPageQuerySet):
    """Papers as listings and search see them."""

    def visible(self) -> PaperQuerySet:
        """Published, open papers: what anonymous visitors may list or find."""
        return self.live().public().filter(exempt=False)

    def readable_by(self, user, *, for_search: bool = False) -> PaperQuerySet:
        """Published papers a user may read: open ones, plus exempt ones of boards they serve.

        `for_search` writes the privacy filter in the plain lookups search backends accept.
        """
        from papers.access import boards_with_exempt_access

        live = self.live()
        if getattr(user, "is_superuser", False):
            return live
        board_ids = boards_with_exempt_access(user)
        open_papers = live.filter(exempt=False)
        open_papers = open_papers.public_for_search() if for_search else open_papers.public()
        return open_papers | live.filter(exempt=True, board_id__in=board_ids)
