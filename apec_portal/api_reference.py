"""The API's readable reference, /api/v1/reference/: its OpenAPI document laid out as a page
(operations, parameters, response fields), so it cannot say anything the schema does not."""

from django.shortcuts import render
from django.views.decorators.http import require_safe

from apec_portal.api import api


def schema_type(schema, components):
    """A short human name for a JSON Schema: "integer", "list of Reference_code", ..."""
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in schema:
        kinds = [schema_type(part, components) for part in schema["anyOf"]]
        return " or ".join(kind for kind in kinds if kind != "null") + (
            " or null" if "null" in kinds else ""
        )
    if schema.get("type") == "array":
        return "list of " + schema_type(schema.get("items", {}), components)
    if "enum" in schema:
        return "one of " + ", ".join(str(value) for value in schema["enum"])
    return schema.get("type", "any")


def fields_of(name, components):
    schema = components.get(name, {})
    return [
        {
            "name": field,
            "type": schema_type(spec, components),
            "description": spec.get("description", ""),
        }
        for field, spec in schema.get("properties", {}).items()
    ]


@require_safe
def reference_page(request):
    document = api.get_openapi_schema()
    components = document.get("components", {}).get("schemas", {})
    operations = []
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            responses = {str(status): answer for status, answer in operation["responses"].items()}
            ok = responses.get("200", {})
            schema = ok.get("content", {}).get("application/json", {}).get("schema", {})
            page = schema.get("$ref", "").rsplit("/", 1)[-1]
            item = None
            results = components.get(page, {}).get("properties", {}).get("results")
            if results:
                item = results["items"]["$ref"].rsplit("/", 1)[-1]
            operations.append(
                {
                    "id": operation.get("operationId", ""),
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": [
                        {
                            "name": parameter["name"],
                            "type": schema_type(parameter.get("schema", {}), components),
                            "description": parameter.get("description", "")
                            or parameter.get("schema", {}).get("description", ""),
                        }
                        for parameter in operation.get("parameters", [])
                    ],
                    "statuses": sorted(responses),
                    "fields": fields_of(item or page, components),
                    "item": item,
                }
            )
    nested = [
        {"name": name, "fields": fields_of(name, components)}
        for name in ("ParagraphOut", "OutputOut", "Reference_code", "Reference_slug", "ErrorOut")
        if name in components
    ]
    context = {
        "info": document["info"],
        "openapi_version": document["openapi"],
        "operations": operations,
        "nested": nested,
    }
    return render(request, "api_reference.html", context)
