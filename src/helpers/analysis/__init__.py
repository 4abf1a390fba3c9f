"""What the notebooks import: the curated reference (:mod:`.reference`), the timeline
analysis and claims check (:mod:`.timeline`) and the figures (:mod:`.figures`)."""
