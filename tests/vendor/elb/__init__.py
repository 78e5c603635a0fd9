"""Contract tests of the Huawei ELB v3 specs."""
