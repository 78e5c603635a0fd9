"""Contract tests of vendor services against loopback servers."""
