"""What generated resource modules call: service clients, operations, models and options, pagers, results, waiters, jobs."""
