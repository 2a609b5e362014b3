"""Evaluations: questionnaires, responses, pre/post tests, follow-ups, service figures."""
