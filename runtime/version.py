"""The stacksdk version."""

__version__ = "0.1.0"
