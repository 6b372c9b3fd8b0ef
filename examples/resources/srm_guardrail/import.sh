# By name (the selectors then come from your configuration on the next apply):
terraform import srm_guardrail.no_public_data no-public-data

# Or with every argument, as JSON:
terraform import srm_guardrail.no_public_data '{"name": "no-public-data", "controls": ["S3.2", "S3.3"], "enforcement": "locked", "scope": {"tags": {"Environment": "prod*"}}}'
