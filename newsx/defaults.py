"""Defaults shared by the command line, the input readers and the parallel runner.

No imports: `newsx --help` builds its text from these without loading anything else.
"""
STDIN = "-"
STDIN_SOURCE = "<stdin>"
INPUT_KINDS = ("text", "jsonl", "json", "html")
MAX_BYTES = 50 * 1024 * 1024
# JSON fields looked for, in order, in a crawler's record (news-please, newspaper, common dumps).
TEXT_FIELDS = ("text", "maintext", "body", "content", "article_text")
ID_FIELDS = ("id", "url", "_id", "uuid")
DATE_FIELDS = ("date_publish", "published", "date", "publish_date", "datePublished", "date_published", "pubdate")
