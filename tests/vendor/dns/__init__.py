"""Contract tests of the Huawei DNS v2 specs."""
