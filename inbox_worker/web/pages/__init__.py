"""The pages themselves: the queue, cases and figures, and how they show a record."""
