provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "ebs" {
  enable_key_rotation = true
}

resource "aws_ebs_volume" "data" {
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}

resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 20
    encrypted   = true
  }
}

resource "aws_launch_template" "workers" {
  name = "srm-fixture-ebs-good-workers"
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 30
      encrypted   = "true"
    }
  }
  # An instance store volume has no EBS settings.
  block_device_mappings {
    device_name  = "/dev/sdb"
    virtual_name = "ephemeral0"
  }
}

# A launch template without block device mappings declares no volume.
resource "aws_launch_template" "plain" {
  name          = "srm-fixture-ebs-good-plain"
  instance_type = "t3.micro"
}
