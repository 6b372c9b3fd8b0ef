# The context mixin every module of the chain copies (cloudposse's
# context.tf, shortened): its own label module fed by the caller's context.
module "this" {
  source    = "../label"
  enabled   = var.enabled
  namespace = var.namespace
  name      = var.name
  context   = var.context
}

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

variable "name" {
  type    = string
  default = null
}
