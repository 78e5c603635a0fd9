"""Fault injection for tests: a scriptable HTTP proxy that sits between the SDK and a
local server on 127.0.0.1 (see :mod:`tests.faults.proxy`)."""
