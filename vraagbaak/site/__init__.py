"""The site itself: home, statement pages, health check and outage page, error pages,
language middleware, request guards, pagination and the UI template tags."""
