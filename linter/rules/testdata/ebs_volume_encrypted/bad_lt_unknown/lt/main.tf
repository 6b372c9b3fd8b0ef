variable "name" { type = string }
variable "block_device_mappings" {
  type    = list(any)
  default = []
}
# block_device_mappings as in terraform-aws-modules/terraform-aws-autoscaling main.tf
resource "aws_launch_template" "this" { # want "unknown: medium: Whether the EBS volume /dev/xvdb of launch template module.lt_unknown.aws_launch_template.this is encrypted cannot be decided: its ebs block is known only after apply"
  name     = var.name
  image_id = "ami-0123456789abcdef0"

  dynamic "block_device_mappings" {
    for_each = var.block_device_mappings
    content {
      device_name  = block_device_mappings.value.device_name
      no_device    = try(block_device_mappings.value.no_device, null)
      virtual_name = try(block_device_mappings.value.virtual_name, null)

      dynamic "ebs" {
        for_each = flatten([try(block_device_mappings.value.ebs, [])])
        content {
          delete_on_termination = try(ebs.value.delete_on_termination, null)
          encrypted             = try(ebs.value.encrypted, null)
          kms_key_id            = try(ebs.value.kms_key_id, null)
          iops                  = try(ebs.value.iops, null)
          throughput            = try(ebs.value.throughput, null)
          snapshot_id           = try(ebs.value.snapshot_id, null)
          volume_size           = try(ebs.value.volume_size, null)
          volume_type           = try(ebs.value.volume_type, null)
        }
      }
    }
  }
}
