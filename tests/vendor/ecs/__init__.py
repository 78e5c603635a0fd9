"""Contract tests of the Huawei Cloud ECS specs (stacksdk.huaweicloud.ecs.v1, stacksdk.huaweicloud.ecs.v1_1)."""
