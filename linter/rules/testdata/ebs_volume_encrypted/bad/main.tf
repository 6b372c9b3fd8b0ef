provider "aws" {
  region = "us-east-1"
}

resource "aws_ebs_volume" "unset" { # want "medium: EBS volume aws_ebs_volume.unset is not encrypted \(encrypted is not set\) unless EBS encryption by default is on in its Region"
  availability_zone = "us-east-1a"
  size              = 10
}

resource "aws_ebs_volume" "off" {
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = false # want "EBS volume aws_ebs_volume.off is not encrypted \(encrypted = false\)"
}

# From a snapshot: it inherits the snapshot's encryption.
resource "aws_ebs_volume" "restored" {
  availability_zone = "us-east-1a"
  snapshot_id       = "snap-0123456789abcdef0" # want "unknown: medium: Whether EBS volume aws_ebs_volume.restored is encrypted cannot be decided: it is created from snapshot \"snap-0123456789abcdef0\""
}

# An instance without root_block_device, and one data volume unencrypted.
resource "aws_instance" "app" { # want "The root volume of aws_instance.app is not encrypted \(root_block_device.0.encrypted is not set\)"
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 20
    encrypted   = false # want "EBS volume 0 \(ebs_block_device\) of aws_instance.app is not encrypted \(ebs_block_device.0.encrypted = false\)"
  }
}

resource "aws_launch_template" "workers" {
  name = "srm-fixture-ebs-workers"
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs { # want "The EBS volume /dev/xvda of launch template aws_launch_template.workers is not encrypted \(block_device_mappings.0.ebs.0.encrypted is not set\)"
      volume_size = 30
    }
  }
  block_device_mappings {
    device_name = "/dev/xvdb"
    ebs {
      volume_size = 100
      encrypted   = "false" # want "The EBS volume /dev/xvdb of launch template aws_launch_template.workers is not encrypted \(block_device_mappings.1.ebs.0.encrypted = false\)"
    }
  }
}

# Encryption by default is turned on, but in another Region.
provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_ebs_encryption_by_default" "west" {
  provider = aws.west
  enabled  = true
}
