# A label module in the manner of cloudposse/terraform-null-label: every
# input falls back to var.context, and every output is a local built from
# the others, so one module.this.context fans out into dozens of references.
variable "context" {
  type = any
  default = {
    enabled     = true
    namespace   = null
    environment = null
    stage       = null
    name        = null
    delimiter   = null
    attributes  = []
    tags        = {}
    label_order = []
  }
}

variable "enabled" {
  type    = bool
  default = null
}

variable "namespace" {
  type    = string
  default = null
}

variable "environment" {
  type    = string
  default = null
}

variable "stage" {
  type    = string
  default = null
}

variable "name" {
  type    = string
  default = null
}

variable "delimiter" {
  type    = string
  default = null
}

variable "attributes" {
  type    = list(string)
  default = []
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "label_order" {
  type    = list(string)
  default = null
}

locals {
  defaults = {
    label_order = ["namespace", "environment", "stage", "name", "attributes"]
    delimiter   = "-"
  }

  input = {
    enabled     = var.enabled == null ? var.context.enabled : var.enabled
    namespace   = var.namespace == null ? var.context.namespace : var.namespace
    environment = var.environment == null ? var.context.environment : var.environment
    stage       = var.stage == null ? var.context.stage : var.stage
    name        = var.name == null ? var.context.name : var.name
    delimiter   = var.delimiter == null ? var.context.delimiter : var.delimiter
    attributes  = compact(distinct(concat(coalesce(var.context.attributes, []), coalesce(var.attributes, []))))
    tags        = merge(var.context.tags, var.tags)
    label_order = var.label_order == null ? var.context.label_order : var.label_order
  }

  enabled     = local.input.enabled
  namespace   = local.input.namespace == null ? "" : lower(local.input.namespace)
  environment = local.input.environment == null ? "" : lower(local.input.environment)
  stage       = local.input.stage == null ? "" : lower(local.input.stage)
  name        = local.input.name == null ? "" : lower(local.input.name)
  delimiter   = local.input.delimiter == null ? local.defaults.delimiter : local.input.delimiter
  attributes  = [for a in local.input.attributes : lower(a)]
  label_order = local.input.label_order == null || length(coalesce(local.input.label_order, [])) == 0 ? local.defaults.label_order : local.input.label_order

  id_context = {
    namespace   = local.namespace
    environment = local.environment
    stage       = local.stage
    name        = local.name
    attributes  = join(local.delimiter, local.attributes)
  }
  labels = [for l in local.label_order : local.id_context[l] if length(local.id_context[l]) > 0]
  id     = local.enabled ? join(local.delimiter, local.labels) : ""

  tags = merge(local.input.tags, local.enabled ? { Name = local.id } : {})

  output_context = {
    enabled     = local.enabled
    namespace   = local.namespace
    environment = local.environment
    stage       = local.stage
    name        = local.name
    delimiter   = local.delimiter
    attributes  = local.attributes
    tags        = local.tags
    label_order = local.label_order
  }
}

output "id" {
  value = local.id
}

output "enabled" {
  value = local.enabled
}

output "tags" {
  value = local.tags
}

output "context" {
  value = local.output_context
}
