"""The follow-up website (`pledge site`): pages, Atom feeds, open data, share images, sitemap.

Built from the report's content model (core.progress.report) and its HTML parts
(render.report.html_page): a page of the site shows the same sections as the report, in a
frame with navigation. `render_site` returns every file as bytes; writing them is io.sitewrite's.
"""
