"""Drafting a pledge file: from the published text (`init --from-text`), and next
year's from this one (`renew`)."""
