"""The competency papers: the development plan, the training needs list, the map."""
