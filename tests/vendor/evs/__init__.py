"""Contract tests of the Huawei Cloud EVS specs (stacksdk.huaweicloud.evs.v2)."""
