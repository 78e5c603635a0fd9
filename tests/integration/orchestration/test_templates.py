"""Templates, resource types, build info, services and versions."""

from __future__ import annotations

import pytest

from stacksdk.orchestration.v1 import build_info, resource_types, services, templates, versions
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import present
from tests.integration.orchestration.conftest import RANDOM


def test_template_versions_and_functions(orchestration: ServiceClient) -> None:
    found = {v.version: v for v in templates.list(orchestration)}
    assert found["heat_template_version.2021-04-16"].type == "hot"
    assert "heat_template_version.wallaby" in present(
        found["heat_template_version.2021-04-16"].aliases
    )
    assert found["AWSTemplateFormatVersion.2010-09-09"].type == "cfn"
    funcs = templates.list_functions(orchestration, "heat_template_version.2021-04-16").extract()
    names = {f.functions for f in funcs}
    assert {"get_attr", "get_param", "str_replace"} <= names and "equals" not in names
    with_cond = templates.list_functions(
        orchestration,
        "heat_template_version.2021-04-16",
        templates.ListFunctionsOpts(with_condition_func=True),
    ).extract()
    assert "equals" in {f.functions for f in with_cond}
    with pytest.raises(errors.NotFound):
        templates.list_functions(orchestration, "heat_template_version.1999-01-01")


def test_validate(orchestration: ServiceClient) -> None:
    result = templates.validate(orchestration, templates.ValidateOpts(template=RANDOM)).extract()
    assert result["Description"] == "one random string"
    assert result["Parameters"]["length"]["Default"] == 8
    as_text = templates.validate(
        orchestration,
        templates.ValidateOpts(template="heat_template_version: 2021-04-16\nresources: {}\n"),
    ).extract()
    assert as_text["Parameters"] == {}
    with pytest.raises(errors.BadRequest) as info:
        templates.validate(
            orchestration,
            templates.ValidateOpts(
                template={"heat_template_version": "2021-04-16", "resources": {"x": {}}}
            ),
        )
    assert "type" in info.value.message  # Heat's reason, not just "Bad Request"


def test_resource_types(orchestration: ServiceClient) -> None:
    names = resource_types.list_names(orchestration).extract()
    assert "OS::Heat::RandomString" in names and all(isinstance(n, str) for n in names)
    heat_only = resource_types.list_names(
        orchestration, resource_types.ListNamesOpts(name="OS::Heat::Random.*")
    ).extract()
    assert heat_only == ["OS::Heat::RandomString"]
    described = resource_types.list_names(
        orchestration, resource_types.ListNamesOpts(name="OS::Heat::Value", with_description=True)
    ).extract()
    assert described[0]["resource_type"] == "OS::Heat::Value" and described[0]["description"]
    schema = resource_types.get(orchestration, "OS::Heat::RandomString").extract()
    assert schema.resource_type == "OS::Heat::RandomString"
    assert "length" in present(schema.properties) and "value" in present(schema.attributes)
    hot = resource_types.get_template(
        orchestration, "OS::Heat::RandomString", resource_types.GetTemplateOpts(template_type="hot")
    ).extract()
    assert hot["resources"]["RandomString"]["type"] == "OS::Heat::RandomString"
    with pytest.raises(errors.NotFound):
        resource_types.get(orchestration, "OS::No::Such")


def test_build_info_services_versions(
    orchestration: ServiceClient, orchestration_demo: ServiceClient
) -> None:
    info = build_info.show(orchestration).extract()
    assert present(info.api).revision and present(info.engine).revision
    engines = list(services.list(orchestration))
    assert [(e.binary, e.status) for e in engines] == [("heat-engine", "up")]
    with pytest.raises(errors.Forbidden):
        list(services.list(orchestration_demo))
    assert [v.id for v in versions.list(orchestration)] == ["v1.0"]
