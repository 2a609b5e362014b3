"""Letters and event papers: which papers exist, their numbers, the register of papers
made, and the templates the office may replace with its own."""
