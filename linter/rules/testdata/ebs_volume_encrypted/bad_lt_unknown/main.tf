# The terraform-aws-autoscaling pattern: block_device_mappings rendered with
# dynamic blocks. With a snapshot_id known only after apply the whole ebs
# block is unknown: undecided, not an instance store volume.
provider "aws" {
  region = "eu-west-1"
}

resource "aws_ebs_volume" "golden" {
  availability_zone = "eu-west-1a"
  size              = 8
  encrypted         = true
}

resource "aws_ebs_snapshot" "golden" {
  volume_id = aws_ebs_volume.golden.id
}

module "lt_unknown" {
  source = "./lt"
  name   = "unknown"
  block_device_mappings = [{
    device_name = "/dev/xvdb"
    ebs         = { volume_size = 20, encrypted = false, snapshot_id = aws_ebs_snapshot.golden.id }
  }]
}
