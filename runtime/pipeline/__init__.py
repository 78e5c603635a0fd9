"""The request pipeline: the provider (one cloud, one session, one auth plugin) and the stages every request goes through."""
