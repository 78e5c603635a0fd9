"""Contract tests of the Huawei Cloud ECS specs (stacksdk.ecs.v1, stacksdk.ecs.v1_1)."""
