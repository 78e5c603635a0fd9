"""Where options come from: clouds.yaml, secure.yaml and OS_* variables."""
