"""The competency map, the training needs per theme and the annual development plan."""
