"""What every extractor reads: the article (:mod:`.articles`), its blocks and sentences
(:mod:`.structure`), the shared spaCy pipeline (:mod:`.nlp`), the table contracts
(:mod:`.schemas`) and their atomic storage (:mod:`.store`)."""

from helpers.core.articles import Article, ArticleError, load_article
from helpers.core.store import read_table
from helpers.core.structure import Parsed, parse_structure

__all__ = ["Article", "ArticleError", "Parsed", "load_article", "parse_structure", "read_table"]
