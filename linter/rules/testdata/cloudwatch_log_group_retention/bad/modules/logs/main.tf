variable "names" {
  type = list(string)
}

variable "retention" {
  type    = number
  default = 90
}

resource "aws_cloudwatch_log_group" "this" {
  count             = length(var.names)
  name              = var.names[count.index]
  retention_in_days = var.retention # want "\"api\"\) deletes its events after 90 days" "\"worker\"\) deletes its events after 90 days"
}
