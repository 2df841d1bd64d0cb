"""Word patterns per concern, one module each: ``PATTERNS = {group: {language: (regex, ...)}}``.

Written in natural spelling; the engine folds them (case, accents, letter variants) on load.
Latin-script fragments are matched as whole words; the rest as they stand (use the
boundary helpers in ``folding`` where a short word hides inside longer ones).
"""
