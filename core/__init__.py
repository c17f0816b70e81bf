"""What every app shares: the public-record base, publication rules, list machinery,
export renderers, the content cache, the editorial admin and the feeds.

The bottom of the import chain: core <- initiatives <- events <- statements <- apec_portal.
Nothing here imports a domain app.
"""
