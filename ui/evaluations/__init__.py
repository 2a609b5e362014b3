"""The Evaluations tab (Evaluasi): forms, responses, tests, follow-ups and results."""
