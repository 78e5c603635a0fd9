"""Contract tests of the Huawei Cloud EVS specs (stacksdk.evs.v2)."""
