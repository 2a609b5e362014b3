"""The Kompetensi tab: the competency map and the training needs per theme."""
