"""Fictional demo content for ``manage.py load_demo_content``: stories, toolkits, downloads.

Everything here is invented and written already anonymised, so that it passes the
same PII detector as a real story. Files are drawn at run time: no binaries in git.
"""
