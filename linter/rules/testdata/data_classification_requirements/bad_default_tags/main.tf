# The classification comes from the provider's default_tags (a root variable,
# or constants), and another tag value is known only after apply, which hides
# all of tags_all: srmlint reads default_tags from the configuration.
variable "default_tags" {
  type    = map(string)
  default = { DataClassification = "confidential", Team = "orders" }
}

provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = var.default_tags
  }
}

provider "aws" {
  alias  = "const"
  region = "eu-west-1"
  default_tags {
    tags = { DataClassification = "confidential" }
  }
}

resource "random_pet" "this" {}

resource "aws_sqs_queue" "orders" { # want "aws_sqs_queue.orders is classified \"confidential\" \(tag DataClassification\), which requires encryption with a customer managed KMS key, but it has no kms_master_key_id"
  name = "orders-${random_pet.this.id}"
  tags = { Name = "orders-${random_pet.this.id}" }
}

resource "aws_sqs_queue" "payments" { # want "aws_sqs_queue.payments is classified \"confidential\" \(tag DataClassification\), which requires encryption with a customer managed KMS key, but it has no kms_master_key_id"
  provider = aws.const
  name     = "payments-${random_pet.this.id}"
  tags     = { Name = "payments-${random_pet.this.id}" }
}
